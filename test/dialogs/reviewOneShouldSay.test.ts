import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Jess, 16, at the read-back: "the college one should say i will go to college 3 days a week". The
 * words after "should say" are the new words, for the outcome named; the rest of the message is not.
 */

const HOPES = [
  { text: 'go to art college', theme: 'learning_and_work' as const, needs: ['i get anxious in new places'] },
  { text: 'make friends who like art', theme: 'friends_and_community' as const, needs: ['i find talking to new people hard'] },
];
const STATEMENTS = ['By September 2027, I will go to college 2 days a week.', 'By July 2027, I will join an art club.'];

describe('"the college one should say ..." at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['the college one should say i will go to college 3 days a week', 'the college one should be: I will go to college 3 days a week'])('"%s" offers only the new words, for the college outcome', async (typed) => {
    ({ chat } = await startWith({
      today: '2026-12-03', name: 'Jess', age: 16, schoolYear: 12, hopes: HOPES, at: atReviewSummary,
      change: (d) => withConfirmedOutcomes(d, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by next september', date: '2027-09-01' } })),
    }));
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/college one/);
    const outcomes = (await chat.draft())!.outcomes.map((o) => o.statement);
    expect(replies + outcomes.join(' ')).toMatch(/3 days a week/);
  });
});
