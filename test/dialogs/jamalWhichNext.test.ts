import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Jamal, 20, easy read, at "which hope shall we do next?" with his hopes numbered: "ok do be fit 1"
 * names the hope about being fit ("1" typed for "one"), never number 1 and never "looks good".
 */
function cookingKept(draft: Draft): Draft {
  const cook = startOutcome(draft, { statement: 'By July 2027, I will cook a meal for my family on my own.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(cook.draft, cook.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-31' }, measure: 'my mum says it tastes good', doesForMe: 'proud', confirmed: true });
}

async function atWhichNext(): Promise<{ chat: Transcript; fit: string }> {
  const { chat, seeded } = await startWith({
    today: '2026-12-06',
    name: 'Jamal',
    age: 20,
    hopes: [
      { text: 'i want to cook for my family', theme: 'independent_living', needs: [] },
      { text: 'get a job in a kitchen', theme: 'learning_and_work', needs: [] },
      { text: 'be fit and healthy', theme: 'health_and_wellbeing', needs: [] },
    ],
    change: cookingKept,
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
  });
  await chat.say('yes');
  return { chat, fit: seeded.aspirations[2]!.id };
}

describe('Jamal picks his next hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ok do be fit 1', 'the fit 1'])('"%s" picks the hope about being fit', async (typed) => {
    let fit: string;
    ({ chat, fit } = await atWhichNext());
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(fit);
  });

  it('"1" alone is still number 1: the job hope', async () => {
    ({ chat } = await atWhichNext());
    const job = (await chat.draft())!.aspirations[1]!.id;
    await chat.say('1');
    expect(chat.lastQuestion?.topic).toBe(job);
  });

  it.each(['ok my dad hits me', 'i dont get fed'])('"%s" is still heard as a worry', async (typed) => {
    ({ chat } = await atWhichNext());
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('Jamal wants to finish', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"wat? i want 2 finish" at "which hope next?" finishes the goals: the hopes left are named and the draft is shown', async () => {
    ({ chat } = await atWhichNext());
    const replies = await chat.say('wat? i want 2 finish');
    expect(chat.step).toMatch(/^review\./);
    expect(replies.map((a) => a.text ?? '').join('\n')).toMatch(/be fit and healthy/);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('"wat? i want 2 finish" at "one more goal?" finishes the goals too, and keeps nothing as a goal', async () => {
    ({ chat } = await startWith({
      today: '2026-12-06',
      name: 'Jamal',
      age: 20,
      hopes: [
        { text: 'i want to cook for my family', theme: 'independent_living', needs: [] },
        { text: 'get a job in a kitchen', theme: 'learning_and_work', needs: [] },
      ],
      change: cookingKept,
      journey: { mode: 'easy_read' },
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('wat? i want 2 finish');
    expect(chat.step).toMatch(/^review\./);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });
});
