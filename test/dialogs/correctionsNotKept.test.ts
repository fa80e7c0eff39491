import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Talk about the chat or an earlier answer, typed where the bot asks for words: answered or acted
 * on, and never kept as a hope, a hard thing or a step.
 */

const KAI: Seed = { today: '2026-12-02', name: 'Kai', age: 13, schoolYear: 8, hopes: [{ text: 'I want to be a chef', theme: 'learning_and_work', needs: [] }] };
const AT: Record<string, Seed['at']> = {
  hopesMore: () => ({ stage: 'hopes', step: Step.hopesMore }),
  needsBarrier: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  outcomeStep: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }),
};
/** Kai part-way through an outcome, at "what would it provide?". */
const withOutcome = (d: Draft): Draft => startOutcome(d, { statement: 'I will cook a meal', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft;
const AT_PROVIDES: Seed['at'] = (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } });
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('corrections and remarks are never kept as answers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function keptNothing(): Promise<void> {
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I want to be a chef']);
    expect(draft.needs).toEqual([]);
    expect(draft.outcomes).toEqual([]);
  }

  it.each(['hopesMore', 'needsBarrier'])('"can i see my hopes" at %s shows the hopes and asks again', async (at) => {
    ({ chat } = await startWith({ ...KAI, at: AT[at] }));
    const before = chat.step;
    const replies = await chat.say('can i see my hopes');
    expect(texts(replies)).toMatch(/hopes so far:\n• "I want to be a chef"/);
    expect(chat.step).toBe(before);
    await keptNothing();
  });

  it('"No! Do not take that out. Take out my chef hope." at "what makes this hard?" asks about taking the chef hope out', async () => {
    ({ chat } = await startWith({ ...KAI, at: AT.needsBarrier }));
    const replies = await chat.say('No! Do not take that out. Take out my chef hope.');
    expect(texts(replies)).toContain('I want to be a chef');
    expect(chat.lastQuestion!.choices).toHaveLength(2);
    await keptNothing();
  });

  it('"No! Do not take that out. Take out the bit about being a chef." at "another hope?" asks about taking the chef hope out', async () => {
    ({ chat } = await startWith({ ...KAI, at: AT.hopesMore }));
    const replies = await chat.say('No! Do not take that out. Take out the bit about being a chef.');
    expect(texts(replies)).toContain('take out "I want to be a chef"');
    expect(chat.lastQuestion!.choices).toHaveLength(2);
    await keptNothing();
  });

  it('"No! Do not take that out. Take out the bit about me being 61." at "another hope?" is not a no: nothing kept, asked again', async () => {
    ({ chat } = await startWith({ ...KAI, at: AT.hopesMore }));
    const replies = await chat.say('No! Do not take that out. Take out the bit about me being 61.');
    expect(texts(replies)).toMatch(/couldn't tell which part you mean/);
    expect(chat.step).toBe(Step.hopesMore);
    await keptNothing();
  });

  it('"wait the or none bit was for the last question" with no such answer is never kept as the step', async () => {
    ({ chat } = await startWith({ ...KAI, at: AT.outcomeStep }));
    const replies = await chat.say('wait the or none bit was for the last question');
    expect(texts(replies)).toMatch(/couldn't find that answer/);
    expect(chat.step).toBe(Step.outcomeStep);
    await keptNothing();
  });

  it('"football is not help he need!! it is what he can do next" at "what would it provide?" is never kept as help', async () => {
    ({ chat } = await startWith({ ...KAI, change: withOutcome, at: AT_PROVIDES }));
    const replies = await chat.say('football is not help he need!! it is what he can do next');
    expect(texts(replies)).toMatch(/haven't kept that as an answer/);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('leave alone: "a football coach once a week" at "what would it provide?" is kept as help', async () => {
    ({ chat } = await startWith({ ...KAI, change: withOutcome, at: AT_PROVIDES }));
    await chat.say('a football coach once a week');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).join(' ')).toMatch(/football coach/);
  });

  it('leave alone: a plain "no" at "another hope?" moves on, and a real hope is kept', async () => {
    ({ chat } = await startWith({ ...KAI, at: AT.hopesMore }));
    await chat.say('no');
    expect(chat.step).not.toBe(Step.hopesMore);
    await chat.close();
    ({ chat } = await startWith({ ...KAI, at: AT.hopesMore }));
    await chat.say('yes I want to see my friends more');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
