import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/*
 * Aisha, 14, at "another outcome?" with two outcomes, names a hope that has none yet:
 * "can we do lunchtimes now". That hope's step question is asked, never the end of the outcomes.
 */
const HOPES: SeedHope[] = [
  { text: 'do work experience at the vets', theme: 'learning_and_work', needs: [] },
  { text: 'get the bus to school on my own', theme: 'independent_living', needs: [] },
  { text: 'have a quiet place at lunchtimes', theme: 'health_and_wellbeing', needs: ['the canteen is too loud'] },
];
const when = { timeframe: { phrase: 'by Easter', date: '2027-04-01' } };
const aisha = (data: Record<string, string> = {}) => ({
  today: '2026-12-07', name: 'Aisha', age: 14, schoolYear: 9, hopes: HOPES,
  change: (d: Draft) => confirmedOutcome(confirmedOutcome(d, 0, 'I will go to the vets for a week', when).draft, 1, 'I will get the bus on my own', when).draft,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[1]!.id, data }),
});

describe('a hope with no outcome named at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['can we do lunchtimes now', {}], ['lunchtimes next please', {}], ['what about the lunchtimes one', {}], ['can we do the lunch one now?', {}],
    ['can we do lunchtimes now', { encouraged: '1' }], ['i want to do those', { left: '1' }], ['can we do lunchtimes now', { left: '1' }],
  ])('"%s" (%o) asks the step for the lunchtimes hope', async (typed, data) => {
    const started = await startWith(aisha(data));
    chat = started.chat;
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/at least three/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[2]!.id);
    expect((await chat.draft())!.outcomes).toHaveLength(2);
  });

  it('"what about swimming" names no hope: it is never taken as a pick of one', async () => {
    ({ chat } = await startWith(aisha()));
    await chat.say('what about swimming');
    expect(chat.lastQuestion?.topic).not.toBe((await chat.draft())!.aspirations[2]!.id);
  });

  it.each(['what about my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('"%s" is still heard as a worry', async (typed) => {
    ({ chat } = await startWith(aisha()));
    await chat.say(typed);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
