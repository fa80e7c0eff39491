import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * The review's list of parts numbers every part (1. I am good at drawing, 2. live in a flat with
 * sam, ...). A number typed with the part's kind ("delete hope 2") means that number of the list,
 * as shown, never the second hope; "the second hope" is still the second hope.
 */

// 1 about me, 2-3 hopes, 4-5 hard things, 6-7 outcomes.
const SEED = danAtReview([], (draft) => addAboutMe(draft, 'strengths', 'I am good at drawing'));

describe('numbers typed at the review mean the numbers shown', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete hope 2" after seeing the list reads back number 2 of the list', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    expect(chat.lastQuestion!.choices[1]).toBe('2. live in a flat with sam');
    await chat.say('no leave it');
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.say('delete hope 2');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('live in a flat with sam');
    expect(chat.lastQuestion!.activity.text).not.toContain('get a job with money');
  });

  it('"delete hope 3" while picking from the list takes number 3 of the list, after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('delete hope 3');
    expect(chat.lastQuestion!.activity.text).toContain('get a job with money');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['live in a flat with sam']);
  });

  it('"change hope 1 to ..." is the first hope, never number 1 of the list when that is not a hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change hope 1 to live on my own near my mum');
    const text = chat.lastQuestion?.activity.text ?? '';
    expect(text).not.toContain('good at drawing');
    expect(text).toContain('live in a flat with sam');
    expect(JSON.stringify((await chat.draft())!)).toContain('I am good at drawing');
  });

  it('leaves "delete need 1" when number 1 of the list is no need as the first hard thing', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('delete need 1');
    expect(chat.lastQuestion!.activity.text).not.toContain('good at drawing');
  });

  it('"the goal no. 6" is number 6 of the list, the first goal', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('remove the goal no. 6');
    expect(chat.lastQuestion!.activity.text).toContain('cook my own tea');
  });

  it('leaves "remove the second hope" as the second hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('remove the second hope');
    expect(chat.lastQuestion!.activity.text).toContain('get a job with money');
  });

  it('leaves easy read\'s own numbers: "delete dream 2" at "Dream 1 of 2" is the second dream', async () => {
    ({ chat } = await startWith({ ...SEED, at: () => ({ stage: 'review' as const, step: Step.reviewSummary, data: { part: '0' } }) }));
    await chat.say('easy read please');
    await chat.say('delete dream 2');
    expect(chat.lastQuestion!.activity.text).toContain('get a job with money');
  });
});
