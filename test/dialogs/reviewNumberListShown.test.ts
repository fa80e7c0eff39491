import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, addNeedHelp, addProvision } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "Take out number 3" means the third part of the numbered list the bot showed last: the whole
 * plan (about me, hopes, hard things, outcomes and help together), or a few parts to choose from.
 */

// 1 about me, 2-3 hopes, 4 hard thing, 5 what helps, 6 hard thing, 7-8 outcomes, 9 help.
const SEED = danAtReview([], (draft) => {
  let next = addAboutMe(draft, 'strengths', 'I am good at drawing');
  next = addNeedHelp(next, next.needs[0]!.id, 'mum shows me');
  return addProvision(next, next.outcomes[0]!.id, 'a cooking class', 'education').draft;
});

describe('a number typed at the review is the number on the list shown last', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Take out number 3" with the whole plan listed takes out the third part listed, after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('i want to change something');
    await chat.say('Take out number 3');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('get a job with money');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['live in a flat with sam']);
  });

  it('"Take out number 2" where two hopes are listed to choose from is the second of them', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change my hope');
    await chat.say('Take out number 2');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('get a job with money');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['live in a flat with sam']);
  });

  it('"take out number 2" back at the read-back after two hopes were listed is still the second of them', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change my hope');
    await chat.say('actually leave it');
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.say('take out number 2');
    expect(chat.lastQuestion!.activity.text).toContain('get a job with money');
    expect(chat.lastQuestion!.activity.text).not.toContain('live in a flat with sam');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['live in a flat with sam']);
  });
});
