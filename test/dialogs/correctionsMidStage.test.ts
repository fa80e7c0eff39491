import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type Seed } from './journeySeed';

/*
 * Corrections typed in the middle of a stage, in people's own words: acted on, and never kept as
 * a hope, a hard thing or a step.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const SAM: Seed = parentSeed({ name: 'Sam', age: 12, schoolYear: 7 }, [
  { text: 'to go to the shop on his own', theme: 'independent_living', needs: ['he gets lost'] },
  { text: 'to make a friend', theme: 'friends_and_community', needs: ['he is shy'] },
]);
const KAI: Seed = {
  today: '2026-12-02',
  name: 'Kai',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'live on my own', theme: 'independent_living', needs: [] }],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};

describe('corrections said mid-stage are never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["Sorry I think I've confused you, I want to move on to the other hope", 'can we move on to his other hope please'])(
    '"%s" at the step question moves on to the next hope, keeping nothing',
    async (typed) => {
      ({ chat } = await startWith(SAM));
      const draft = (await chat.draft())!;
      expect(chat.lastQuestion!.topic).toBe(draft.aspirations[0]!.id);
      await chat.say(typed);
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion!.topic).toBe(draft.aspirations[1]!.id);
      expect((await chat.draft())!.outcomes).toEqual([]);
    },
  );

  it.each(["hang on, that wasn't an answer, go back", 'hold on. that wasnt an answer. go back'])('"%s" just after a hard thing takes it back and asks again', async (typed) => {
    ({ chat } = await startWith(KAI));
    await chat.say('I get anxious on buses');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/hang on|hold on/i);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"no wait thats not rite. i dont get tired. i forget to lock the door" puts the new hard thing in place of the old', async () => {
    ({ chat } = await startWith(KAI));
    await chat.say('I get tired');
    const replies = await chat.say('no wait thats not rite. i dont get tired. i forget to lock the door');
    expect(texts(replies)).toContain('"i forget to lock the door"');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i forget to lock the door']);
  });

  it('"no wait, he is not scared of dogs. he is scared of loud noises" keeps only the new words', async () => {
    ({ chat } = await startWith({ ...SAM, hopes: [{ ...SAM.hopes[0]!, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('he is scared of dogs');
    await chat.say('no wait, he is not scared of dogs. he is scared of loud noises');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['he is scared of loud noises']);
  });
});

describe('a correction before the answer at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const withOutcome = (d: Draft): Draft => startOutcome(d, { statement: 'Sam will cross the road safely', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft;
  const at = (step: string): Seed['at'] => (d) => ({ stage: 'outcomes', step: step as Position['step'], topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } });

  it.each([
    [Step.outcomeDoesForMe, (o: Draft['outcomes'][number]) => o.doesForMe],
    [Step.outcomeMakesPossible, (o: Draft['outcomes'][number]) => o.makesPossible],
    [Step.outcomeMeasure, (o: Draft['outcomes'][number]) => o.measure],
  ])('at %s "No that\'s not what I asked for, I said ..." keeps only the words after it', async (step, field) => {
    ({ chat } = await startWith({ ...SAM, change: withOutcome, at: at(step) }));
    await chat.say("No that's not what I asked for, I said I want him to walk to the shop");
    expect(field((await chat.draft())!.outcomes[0]!)).toBe('I want him to walk to the shop');
  });

  it('at the step question "thats not what i wanted, i said i want to cook my tea" keeps the step without the complaint', async () => {
    ({ chat } = await startWith({ ...KAI, hopes: [{ ...KAI.hopes[0]!, needs: ['i cant cook'] }], at: undefined }));
    await chat.say('thats not what i wanted, i said i want to cook my tea');
    const outcome = (await chat.draft())!.outcomes[0];
    expect(outcome?.statement ?? '').not.toMatch(/not what|i said/i);
    expect(outcome?.inTheirWords ?? outcome?.statement).toMatch(/cook my tea/);
  });
});

describe('a remark about the question before the answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['good question tbh. cook pasta', 'hmm tough one. cook pasta'])('"%s" at the step question keeps only "cook pasta"', async (typed) => {
    ({ chat } = await startWith({ ...KAI, hopes: [{ ...KAI.hopes[0]!, needs: ['i cant cook'] }], at: undefined }));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.inTheirWords ?? outcome.statement).toMatch(/^cook pasta$/i);
  });
});
