import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/*
 * Aisha, 14, in Year 9, at an outcome question names a wish that fits none of her hopes:
 * "oh and i want to learn to swim". It is kept as a new hope, never as this outcome's words,
 * and the chat goes back to the question it was at; the new hope's outcome comes later.
 */
const HOPES: SeedHope[] = [
  { text: 'have a quiet place at lunchtimes', theme: 'health_and_wellbeing', needs: ['the canteen is too loud'] },
  { text: 'do work experience at the vets', theme: 'learning_and_work', needs: [] },
];
const aisha = (step: StepId) => ({
  today: '2026-12-07', name: 'Aisha', age: 14, schoolYear: 9, hopes: HOPES,
  change: (d: Draft) => step === Step.outcomeAnother
    ? confirmedOutcome(d, 0, 'I will eat my lunch in the library', { timeframe: { phrase: 'by Easter', date: '2027-04-01' } }).draft
    : d,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step, topic: d.aspirations[0]!.id }),
});

describe('a new wish typed at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.outcomeStep, 'oh and i want to learn to swim', 'learn to swim'],
    [Step.outcomeAnother, 'oh and i want to learn to swim', 'learn to swim'],
    [Step.outcomeStep, 'also i would like to go to cadets', 'go to cadets'],
    [Step.outcomeAnother, 'i also want to learn to ride a bike too', 'learn to ride a bike'],
  ])('at %s, "%s" is kept as a new hope and the question is asked again', async (step, typed, hope) => {
    const started = await startWith(aisha(step));
    chat = started.chat;
    const before = (await chat.draft())!.outcomes.length;
    const replies = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toContain(hope);
    expect(draft.outcomes).toHaveLength(before);
    expect(replies).toMatch(new RegExp(hope));
    expect(chat.step).toBe(step);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[0]!.id);
  });

  it('a wish about the hope being worked on is never kept as a new hope', async () => {
    ({ chat } = await startWith(aisha(Step.outcomeStep)));
    await chat.say('oh and i want to have a quiet place in the library');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(chat.step).toMatch(/^outcome\./);
  });

  it.each(['oh and i want to die', 'and i want to cut myself', 'also my dad hits me'])('"%s" is heard as a worry, never kept as a hope', async (typed) => {
    ({ chat } = await startWith(aisha(Step.outcomeStep)));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.flags.length).toBeGreaterThan(0);
    expect(draft.aspirations).toHaveLength(2);
  });
});
