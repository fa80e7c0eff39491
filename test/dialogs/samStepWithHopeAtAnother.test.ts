import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/*
 * At "Shall we try one more?", the hope named with "for ..." and its step in one sentence: "ok fine. for
 * living with my mates, learn to cook 3 easy meals". The step is taken for that hope, never asked again.
 */
const when = { timeframe: { phrase: 'by July', date: '2027-07-22' } };
const HOPES: SeedHope[] = [
  { text: 'get a job in a garage', theme: 'learning_and_work', needs: [] },
  { text: 'live with my mates', theme: 'independent_living', needs: ['I cant cook'] },
  { text: 'go to the gym', theme: 'health_and_wellbeing', needs: [] },
];
const THEO: SeedHope[] = [
  { text: 'to talk, even a few words', theme: 'health_and_wellbeing', needs: [] },
  { text: 'to have a friend at school', theme: 'friends_and_community', needs: ['he finds sharing hard'] },
];

describe('a step said with its hope at "another?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['ok fine. for living with my mates, learn to cook 3 easy meals', /cook 3 easy meals/],
    ['yes, for the mates one - learn to cook 3 easy meals', /cook 3 easy meals/],
    ['for living with my mates: do my own washing every week', /washing/],
  ])('Sam: "%s" is the step for that hope', async (typed, step) => {
    const started = await startWith({
      today: '2026-12-07', name: 'Sam', age: 18, hopes: HOPES,
      change: (d: Draft) => confirmedOutcome(d, 0, 'I will do a placement at a garage', when).draft,
      at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id, data: {} }),
    });
    chat = started.chat;
    await chat.say(typed);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.aspirationId).toBe(started.seeded.aspirations[1]!.id);
    expect(outcomes[1]!.statement).toMatch(step);
    expect(outcomes[1]!.statement).not.toMatch(/\bfor (?:living|the mates)/i);
  });

  it.each(['yes, for the friend one he could take turns with another child in a simple game', 'for the friend one, take turns with another child in a simple game'])('Theo\'s dad: "%s" is the step, the pointer left off', async (typed) => {
    const started = await startWith({
      today: '2026-12-07', name: 'Theo', age: 4, who: 'parent_carer', hopes: THEO,
      change: (d: Draft) => confirmedOutcome(d, 0, 'Theo will say 10 words', when).draft,
      at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id, data: {} }),
    });
    chat = started.chat;
    await chat.say(typed);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.aspirationId).toBe(started.seeded.aspirations[1]!.id);
    expect(outcomes[1]!.statement).toMatch(/take turns with another child in a simple game/);
    expect(outcomes[1]!.statement).not.toMatch(/friend one|could/i);
  });
});
