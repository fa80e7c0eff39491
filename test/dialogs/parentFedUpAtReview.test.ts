import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/*
 * Denise, mum of Harley (17), at the read-back of the plan: "Looks good. Well it doesn't but I've had
 * enough." was met with "Are you OK?". She is fed up with the chat: no check, and she is asked once
 * whether to finish as it is or change something.
 */
const DENISE = parentAtReview(
  { name: 'Harley', age: 17, schoolYear: 12 },
  { text: 'finish his college course', theme: 'learning_and_work', needs: ['he loses focus in long lessons'] },
  { statement: 'By July 2026, Harley will hand in every college assignment on time.', timeframe: { phrase: 'by the end of this college year', date: '2026-07-22' }, measure: 'his tutor sees them handed in' },
);

describe('Denise is fed up at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Looks good. Well it doesn\'t but I\'ve had enough.": no check, asked once to finish as it is or change something', async () => {
    ({ chat } = await startWith(DENISE));
    expect(chat.step).toBe(Step.reviewSummary);
    const replies = saidIn(await chat.say("Looks good. Well it doesn't but I've had enough."));
    expect(replies).not.toMatch(/Are you OK/i);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
    expect(replies).toMatch(/finish/i);
    expect(replies).toMatch(/change/i);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('said again after the question, the plan is finished as it is', async () => {
    ({ chat } = await startWith(DENISE));
    await chat.say("Looks good. Well it doesn't but I've had enough.");
    await chat.say("looks good. well it isn't but whatever");
    expect(chat.step).not.toBe(Step.reviewSummary);
    expect(saidIn(chat.all.slice(-4))).not.toMatch(/Are you OK/i);
  });

  it.each(['finish', 'finish it as it is', 'just finish it', 'leave it as it is'])('%j after the question finishes', async (typed) => {
    ({ chat } = await startWith(DENISE));
    await chat.say("Looks good. Well it doesn't but I've had enough.");
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewDone);
  });
});
