import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * Complaints and "it is not hard" were kept as content: "I asked it twice already" as the measure,
 * "Cleaning kennels is not hard" as a need. A complaint is answered and the question asked again;
 * "X is not hard" means nothing makes it hard, so no need is kept.
 */

const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const DOGS: SeedHope = { text: 'work at a dog rescue cleaning kennels', theme: 'learning_and_work', needs: [] };
const AT_STEP: Seed = { today: '2026-12-03', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK] };
const AT_HARD: Seed = { ...AT_STEP, hopes: [DOGS], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('complaints and "not hard" are never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['I asked it twice already', 'you asked that twice'])('%j at the measure keeps no measure, says sorry and asks again', async (typed) => {
    ({ chat } = await startWith(AT_STEP));
    await chat.say('I will make beans on toast on my own');
    await chat.say('by the summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.measure ?? null).toBeNull();
    expect(replies.map((r) => r.text ?? '').join(' ')).toMatch(/sorry/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it.each(['Cleaning kennels is not hard', 'its not hard tbh'])('%j at "what makes it hard?" keeps no need', async (typed) => {
    ({ chat } = await startWith(AT_HARD));
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say(typed);
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).not.toBe(Step.needsHelps);
  });

  it('leave alone: "cleaning kennels is hard" is kept as a need', async () => {
    ({ chat } = await startWith(AT_HARD));
    await chat.say('cleaning kennels is hard');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['cleaning kennels is hard']);
  });
});
