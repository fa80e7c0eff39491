import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/*
 * At "What would you like to change? ... If it is all right, tap Looks good." a "no" listed every part to
 * change. "no", "nothing", "no changes", "nah its fine" mean nothing to change: on as "Looks good" goes.
 * At a part read back in easy read ("Is this right?") a "no" still asks for a change.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});
const review = (mode: 'standard' | 'easy_read', data?: Record<string, string>) =>
  startWith({
    today: '2026-12-02', name: 'Kieran', age: 13, schoolYear: 8, journey: { mode },
    hopes: [{ text: 'be a footballer', theme: 'learning_and_work', needs: ['i get tired'] }],
    change: (d) => withConfirmedOutcomes(d, () => ({ statement: 'By July 2027, I will play for a team.', timeframe: { phrase: 'by July 2027', date: '2027-07-31' } })),
    at: () => ({ stage: 'review', step: 'review.summary', ...(data ? { data } : {}) }),
  });

describe('nothing to change at the review', () => {
  it.each(['no', 'No.', 'nothing', 'no changes', 'nah its fine', 'nope thanks', 'nah'])('"%s" finishes as Looks good', async (typed) => {
    for (const mode of ['standard', 'easy_read'] as const) {
      chat = (await review(mode)).chat;
      await chat.say(typed);
      expect(chat.step).toBe('review.done');
      await chat.close();
      chat = undefined;
    }
  });

  it.each(['no the football one is wrong', 'no, the date is wrong'])('near miss "%s" is still a change', async (typed) => {
    chat = (await review('standard')).chat;
    await chat.say(typed);
    expect(chat.step).not.toBe('review.done');
  });

  it('"no" at "Is this right?" for a part read back still asks for a change', async () => {
    chat = (await review('easy_read', { part: '0' })).chat;
    await chat.say('no');
    expect(chat.step).not.toBe('review.done');
  });
});
