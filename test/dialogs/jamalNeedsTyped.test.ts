import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Jamal, 20, easy read, on a supported internship. At "what makes it hard?" he tells what he does
 * now: that is a strength, never a need, and he is asked again what is hard. "thats not hard its
 * good lol" at "what helps?" takes back the hard thing just kept: it is not hard.
 */
const CHEF: SeedHope = { text: 'i want to be a chef', theme: 'learning_and_work', needs: [] };
const BUS: SeedHope = { text: 'get the bus to work on my own', theme: 'independent_living', needs: [] };

async function atBarrier(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-06', name: 'Jamal', age: 20, hopes: [CHEF, BUS], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }), journey: { mode: 'easy_read' } });
  return chat;
}

describe('Jamal at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['im on internship at hospital kitchen', 'i do a placement at a cafe', 'I am on a supported internship'])('"%s" is what he does now: a strength, and what is hard is asked again', async (typed) => {
    chat = await atBarrier();
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aboutMe.strengths.length).toBe(1);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
  });

  it('a hard thing said after it is kept as the need', async () => {
    chat = await atBarrier();
    await chat.say('im on internship at hospital kitchen');
    await chat.say('remembering all the orders');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['remembering all the orders']);
  });

  it.each(['thats not hard its good lol', 'its not hard its fine', 'nah thats not hard i like it'])('"%s" at "what helps?" takes the hard thing off and asks what is hard', async (typed) => {
    chat = await atBarrier();
    await chat.say('cooking the rice');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"thats not hard its good lol" at "what makes it hard?" is never kept as a need', async () => {
    chat = await atBarrier();
    await chat.say('thats not hard its good lol');
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it.each(['im on internship at hospital kitchen and the chef hits me', 'my dad hits me', 'i dont get fed'])('"%s" is still heard as a worry', async (typed) => {
    chat = await atBarrier();
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
