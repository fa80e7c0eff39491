import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Dan, with two hopes, adds a hard thing at the review in words. It is kept once, under one hope:
 * the one he names, else the one he picks when asked. It is never copied under every hope.
 */

const DAN = danAtReview();
const hopesOfNeed = async (chat: Transcript, text: string): Promise<string[]> => {
  const draft = (await chat.draft())!;
  const need = draft.needs.filter((n) => n.text === text);
  expect(need).toHaveLength(1);
  return need[0]!.aspirationIds.map((id) => draft.aspirations.find((a) => a.id === id)!.text);
};

describe('a hard thing added at the review goes under one hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"add to hard stuff: loud dinner hall", yes, then "the job one": kept once, under the job hope', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('add to hard stuff: loud dinner hall');
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toMatch(/Which hope/);
    expect(chat.lastQuestion!.choices.join(' | ')).toMatch(/live in a flat with sam/);
    expect(chat.lastQuestion!.choices.join(' | ')).toMatch(/get a job with money/);
    expect((await chat.draft())!.needs.map((n) => n.text)).not.toContain('loud dinner hall');
    await chat.say('the job one');
    expect(await hopesOfNeed(chat, 'loud dinner hall')).toEqual(['get a job with money']);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('the hope picked by its number: "1" puts it under the first hope only', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('add to hard stuff: loud dinner hall');
    await chat.say('yes');
    await chat.say('1');
    expect(await hopesOfNeed(chat, 'loud dinner hall')).toEqual(['live in a flat with sam']);
  });

  it('the hope typed in words: "live in a flat with sam" puts it under the flat hope', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('another hard thing is the noisy stairwell');
    await chat.say('yes');
    await chat.say('live in a flat with sam');
    expect(await hopesOfNeed(chat, 'the noisy stairwell')).toEqual(['live in a flat with sam']);
  });

  it('"never mind" at the hope question adds nothing', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('add to hard stuff: loud dinner hall');
    await chat.say('yes');
    await chat.say('never mind');
    expect((await chat.draft())!.needs.map((n) => n.text)).not.toContain('loud dinner hall');
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('with only one hope there is nothing to ask: it goes under that hope', async () => {
    const one = danAtReview([], (draft) => ({ ...draft, aspirations: draft.aspirations.slice(0, 1), outcomes: draft.outcomes.slice(0, 1) }));
    ({ chat } = await startWith(one));
    await chat.say('add to hard stuff: loud dinner hall');
    await chat.say('yes');
    expect(await hopesOfNeed(chat, 'loud dinner hall')).toEqual(['live in a flat with sam']);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
