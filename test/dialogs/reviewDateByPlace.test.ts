import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * Hana, at the read-back: "the second one should say by the end of year 10 not summer holidays"
 * is a new date for outcome 2, read back with that date; "make the first one by christmas
 * instead" and "change the date on the bus one to easter" too. After the yes, the new sentence
 * is read back, never only "I've changed that".
 */

const SEED = samAtReview(
  10,
  [
    { text: 'I want to go to college on my own', theme: 'independent_living' as const, needs: ['Busy buses make me worried'] },
    { text: 'I want to plan my own week', theme: 'independent_living' as const, needs: ['I forget what day it is'] },
  ],
  (draft) =>
    withConfirmedOutcomes(draft, (i) =>
      i === 0
        ? { statement: 'By the summer holidays (July 2026), I will take the bus to college on my own.', timeframe: { phrase: 'by the summer holidays', date: '2026-07-22' }, measure: 'mum sees me go' }
        : { statement: 'By the summer holidays (July 2026), I will use an app on my phone to plan my week.', timeframe: { phrase: 'by the summer holidays', date: '2026-07-22' }, measure: 'my teacher sees the app' },
    ),
);

describe('a new date for an outcome named by its place or its words, at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['the second one should say by the end of year 10 not summer holidays', 1, /use an app/],
    ['the 2nd one should be by christmas instead of the summer holidays', 1, /use an app/],
    ['make the first one by christmas instead', 0, /take the bus/],
    ['change the date on the bus one to easter', 0, /take the bus/],
  ])('"%s" asks about that outcome\'s date, and the yes reads the new sentence back', async (typed, index, words) => {
    ({ chat } = await startWith(SEED));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/Change the date of "/);
    expect(asked).toMatch(words);
    const done = saidIn(await chat.say('yes'));
    const draft = (await chat.draft())!;
    const changed = draft.outcomes[index]!;
    const other = draft.outcomes[1 - index]!;
    expect(changed.timeframe?.phrase).not.toBe('by the summer holidays');
    expect(changed.statement).toMatch(words);
    expect(other.timeframe?.phrase).toBe('by the summer holidays');
    expect(done).toMatch(/It now says "/);
    expect(done).toMatch(words);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
