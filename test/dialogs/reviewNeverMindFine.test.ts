import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';
import { letsGoOfChange, saysGoodEnough } from '../../src/language/letGo';

/*
 * Becky at the read-back of Finley's plan: "never mind. its fine, looks good" takes back what she
 * was about to change and says the plan is fine. No change is opened and nothing is changed.
 */
const SEED = parentAtReview(
  { name: 'Finley', age: 11, schoolYear: 6 },
  { text: 'to read for fun', theme: null, needs: ['reading is slow for him'] },
  { statement: 'By July 2027, Finley will read a short book on his own.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'he tells me about it' },
);

describe('"never mind, it\'s fine" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['never mind. its fine, looks good', 'nevermind its all fine', 'actually no its fine looks good'])('"%s" is no change', async (said) => {
    ({ chat } = await startWith(SEED));
    const before = await chat.draft();
    await chat.say(said);
    expect(chat.step).not.toBe(Step.reviewChange);
    expect([Step.reviewShare, Step.reviewDone, Step.reviewSummary]).toContain(chat.step);
    const after = await chat.draft();
    expect(after?.outcomes).toEqual(before?.outcomes);
    expect(after?.aspirations).toEqual(before?.aspirations);
  });
});

describe('"its fine" or "looks good" only lets go of a change beside "never mind"', () => {
  it.each([
    ['never mind. its fine, looks good', true, true],
    ['never mind its fine', true, false],
    ['looks good', false, false],
    ['its fine i want to change the football one', false, false],
  ])('"%s": lets go %s, good enough %s', (said, letsGo, goodEnough) => {
    expect([letsGoOfChange(said), saysGoodEnough(said)]).toEqual([letsGo, goodEnough]);
  });
});
