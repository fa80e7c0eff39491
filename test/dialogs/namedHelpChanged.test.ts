import { afterEach, describe, expect, it } from 'vitest';
import { addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * Tariq (19, on a supported internship) at the review: "change the alarm help to: ..." changes the
 * help that holds "alarm", in place, and says so; it never starts a new goal.
 */

function tariqs(draft: Draft): Draft {
  const shifts = confirmedOutcome(draft, 0, 'go to work on the right days', { timeframe: { phrase: 'by July', date: '2027-07-22' }, measure: 'my manager will see', pfaArea: 'employment' });
  let d = addProvision(shifts.draft, shifts.id, 'an alarm on my watch', 'education').draft;
  d = addProvision(d, shifts.id, 'a job coach to check my rota', 'education').draft;
  return d;
}

describe('a help named by its words at the review', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it.each([['change the alarm help to: I use a phone alarm for my shift'], ['change the alarm support to I use a phone alarm for my shift']])('"%s": that help changes in place', async (typed) => {
    ({ chat } = await startWith({
      today: '2026-12-04', name: 'Tariq', age: 19,
      hopes: [{ text: 'get a job in a warehouse', theme: 'learning_and_work', needs: ['I forget my break times'] }],
      change: tariqs,
      at: atReviewSummary,
    }));
    const before = (await chat.draft())!;
    const replies = await chat.say(typed);
    for (let i = 0; i < 2 && /yes/i.test(JSON.stringify(chat.lastQuestion?.choices ?? [])) && chat.step !== 'review.summary'; i++) await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(before.outcomes.length);
    expect(draft.aspirations).toHaveLength(before.aspirations.length);
    const help = draft.outcomes[0]!.provision.map((p) => p.text);
    expect(help).toContain('I use a phone alarm for my shift');
    expect(help).not.toContain('an alarm on my watch');
    expect(help).toContain('a job coach to check my rota');
    expect(saidIn(replies)).toMatch(/phone alarm/);
  });
});
