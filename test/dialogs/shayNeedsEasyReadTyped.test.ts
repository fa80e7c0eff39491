import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Shay, 22, easy read, types as she speaks: "i told u. animals" is a complaint that the hope was
 * said already; "thats the same as the animal one befor" points at that hope; "practis sayin no.
 * wiv my key worker" is one help.
 */

const ANIMALS: SeedHope = { text: 'work wiv animals', theme: 'learning_and_work', needs: [] };
const TEA: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: [] };

async function shayAt(hope: number, step: StepId = Step.needsBarrier, needs: string[] = []) {
  return startWith({
    today: '2026-12-03',
    age: 22,
    hopes: [{ ...ANIMALS, needs }, TEA],
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step, topic: d.aspirations[hope]!.id, ...(step === Step.needsHelps ? { data: { need: d.needs.map((n) => n.id).join(' ') } } : {}) }),
  });
}

describe('Shay at the needs stage, in easy read', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i get tired a lot" is a hard thing for the hope, in the health part', async () => {
    ({ chat } = await shayAt(0));
    await chat.say('i get tired a lot');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => [n.text, n.suggestedSection])).toEqual([['i get tired a lot', 'health']]);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"i told u. animals" at what helps is a complaint: no new hope, no help, the question again', async () => {
    ({ chat } = await shayAt(0, Step.needsHelps, ['i get tired a lot']));
    const replies = await chat.say('i told u. animals');
    expect(saidIn(replies)).toMatch(/I have your hope: "work (?:wiv|with) animals"/i);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['work wiv animals', 'cook my own tea']);
    expect(draft.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(draft.needs.map((n) => n.text)).toEqual(['i get tired a lot']);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"i told u. animals" at what makes it hard keeps nothing', async () => {
    ({ chat } = await shayAt(0));
    await chat.say('i told u. animals');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"i told u. animals" with a disclosure after it is still heard', async () => {
    ({ chat } = await shayAt(0));
    const replies = await chat.say('i told u. animals. my dad hits me');
    expect(saidIn(replies)).not.toMatch(/I have your hope/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('"thats the same as the animal one befor" links the animal hope\'s hard thing; "befor" is never kept', async () => {
    ({ chat } = await shayAt(1, Step.needsBarrier, ['i get tired a lot']));
    await chat.say('thats the same as the animal one befor');
    const draft = (await chat.draft())!;
    const tea = draft.aspirations[1]!.id;
    expect(draft.needs.filter((n) => n.aspirationIds.includes(tea)).map((n) => n.text)).toEqual(['i get tired a lot']);
    expect(JSON.stringify(draft.needs)).not.toMatch(/befor/);
  });

  it('"wot? befor isnt a hard thing. i ment its the same hope" takes "befor" off; the complaint is never help', async () => {
    ({ chat } = await startWith({
      today: '2026-12-03',
      age: 22,
      hopes: [{ ...ANIMALS, needs: ['i get tired a lot'] }, { ...TEA, needs: ['befor'] }],
      journey: { mode: 'easy_read' },
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[1]!.id, data: { need: d.needs[1]!.id } }),
    }));
    const replies = await chat.say('wot? befor isnt a hard thing. i ment its the same hope');
    expect(saidIn(replies)).toMatch(/took "befor" off this hope/);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i get tired a lot']);
    expect(draft.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"befor isnt a hard thing. my dad hits me" is still heard', async () => {
    ({ chat } = await startWith({
      today: '2026-12-03',
      age: 22,
      hopes: [ANIMALS, { ...TEA, needs: ['befor'] }],
      journey: { mode: 'easy_read' },
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[1]!.id, data: { need: d.needs[0]!.id } }),
    }));
    await chat.say('befor isnt a hard thing. my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('"practis sayin no. wiv my key worker" is one help', async () => {
    ({ chat } = await shayAt(0, Step.needsHelps, ['people ask me to do stuff']));
    await chat.say('practis sayin no. wiv my key worker');
    const draft = (await chat.draft())!;
    expect(draft.needs[0]!.helps).toHaveLength(1);
    expect(draft.needs[0]!.helps![0]).toMatch(/practis sayin no.*wiv my key worker/);
  });
});
