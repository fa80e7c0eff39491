import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/* Tilly has one goal saved for her flat. "no more for the flat" is a no to another goal for that hope, and never replaces the saved goal. */

const HOPES: SeedHope[] = [
  { text: 'I want my own adapted flat with PAs', theme: 'independent_living', needs: [] },
  { text: 'a part time job in an art gallery or a shop', theme: 'learning_and_work', needs: [] },
  { text: 'going out with mates without my mum', theme: 'friends_and_community', needs: [] },
];
const MONEY = 'By July 2027, I will manage my own bank account with my PA.';
const seed = (step: StepId) => ({
  today: '2026-12-03', name: 'Tilly', age: 22, hopes: HOPES,
  change: (d: Parameters<typeof confirmedOutcome>[0]) => confirmedOutcome(d, 0, MONEY, { timeframe: { phrase: 'by July 2027', date: '2027-07-31' } }).draft,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step, topic: d.aspirations[0]!.id }),
});

describe('"no more for the flat" while the flat hope is open', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no thats enough for the flat one" at "one more goal?" is a no for the flat: the next hope\'s goal is asked, never one for the flat', async () => {
    const started = await startWith(seed(Step.outcomeAnother));
    chat = started.chat;
    await chat.say('no thats enough for the flat one');
    expect(chat.lastQuestion?.topic).not.toBe(started.seeded.aspirations[0]!.id);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([MONEY]);
  });

  it.each([Step.outcomeStep, Step.outcomeAnother])('at %s, "no i said NO more for the flat. can we do the going out with mates one now" keeps the money goal and asks about going out', async (step) => {
    const started = await startWith(seed(step));
    chat = started.chat;
    await chat.say('no i said NO more for the flat. can we do the going out with mates one now');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([MONEY]);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[2]!.id);
  });
});
