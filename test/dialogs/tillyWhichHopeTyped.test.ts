import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { saysBothHopes } from '../../src/language/everyHopeMeant';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Tilly, on the job hope, typed "i said the flat one not the job": the bot moves to the flat hope
 * and keeps nothing. At "Which hope is it for?", "maybe both" links the outcome to both hopes, and
 * "both" is never kept as the step.
 */

const HOPES: SeedHope[] = [
  { text: 'I want my own adapted flat with PAs', theme: 'independent_living', needs: ['I cant manage money on my own'] },
  { text: 'a part time job in an art gallery or a shop', theme: 'learning_and_work', needs: ['I get tired after an hour'] },
];
const seed = (step: StepId, topic: number, data: (d: Draft) => Record<string, string> = () => ({})) => ({
  today: '2026-12-03', name: 'Tilly', age: 22, hopes: HOPES,
  at: (d: Draft) => ({ stage: 'outcomes' as const, step, topic: d.aspirations[topic]!.id, data: data(d) }),
});

describe('Tilly says which hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i said the flat one not the job', 'no i meant the flat not the job', 'not the job, the flat one'])('%j on the job hope moves to the flat hope, keeping nothing', async (typed) => {
    ({ chat } = await startWith(seed(Step.outcomeStep, 1)));
    const replies = await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(0);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
    expect(saidIn(replies)).toMatch(/flat/i);
  });

  it.each(['maybe both', 'both', 'both of them i think'])('%j at "which hope is it for?" links both hopes, and keeps nothing as "both"', async (typed) => {
    ({ chat } = await startWith(seed(Step.outcomeAnother, 0, (d) => ({ which: d.aspirations.map((a) => a.id).join(','), said: 'save £20 a week from my wages' }))));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    const made = draft.outcomes[0]!;
    expect(made.statement).toMatch(/save £20 a week/i);
    expect(made.aspirationId).toBe(draft.aspirations[0]!.id);
    // Linked to both hopes through the hard things of each.
    const linked = new Set(draft.needs.filter((n) => made.needIds.includes(n.id)).flatMap((n) => n.aspirationIds));
    expect([...linked].sort()).toEqual(draft.aspirations.map((a) => a.id).sort());
    expect(JSON.stringify(draft)).not.toMatch(/"(?:maybe )?both/i);
  });

  it.each(['both of them i think', 'for both'])('%j with no step said asks the first hope\'s step, keeping nothing', async (typed) => {
    ({ chat } = await startWith(seed(Step.outcomeAnother, 0, (d) => ({ which: d.aspirations.map((a) => a.id).join(','), next: '1' }))));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(0);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
  });

  it.each(['both', 'maybe both', 'all of them'])('%j is read as every hope', (typed) => expect(saysBothHopes(typed)).toBe(true));
  it.each(['both hopes are about money and my mum does it', 'I want both a job and a flat'])('%j is not only "both"', (typed) => expect(saysBothHopes(typed)).toBe(false));
});
