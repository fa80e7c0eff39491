import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * At the review, a change followed by a sentence that starts with "change", "make", "put" or
 * "take" but names no part ("Change is hard for me", "Make it every Sunday"): one change, never a
 * second. After a yes he is back at the read-back and nothing else in the plan has changed.
 */

describe('a second sentence that names no part is not a second change', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'Change 1 to I am good with computers. Change is hard for me',
    'change 8 to I will cook a meal on my own. Make it every Sunday',
    'change 3 to i want to go to college. Make friends there too',
    'Change 5 to: I like art. Put my drawings on the wall',
    'change 2 to i want to live on my own. Take my cat with me',
  ])('"%s": one change, then back at the read-back', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const said = chat.lastQuestion!.activity.text ?? '';
    expect(said).not.toMatch(/Which part would you like to change/i);
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i cant get the bus on my own']);
    expect(draft.outcomes).toHaveLength(3);
  });

  it('"change 8 to ... Make it every Sunday": "every Sunday" is read back with the change, never dropped', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 8 to I will cook a meal on my own. Make it every Sunday');
    expect(chat.lastQuestion!.activity.text).toMatch(/every Sunday/i);
  });
});
