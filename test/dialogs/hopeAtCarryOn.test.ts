import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * "i want to be a chef" typed at "Would you like to carry on with your plan, or stop for now?" after
 * a check that interrupted a needs question: a hope, kept and said back, and the plan goes on at
 * the question the check interrupted. Help they want stays the needs question's answer.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const TYPED = { ...typedToNeedsFor('get a job'), [Step.needsBarrier]: 'reading is hard' };

async function atCarryOn(step: StepId): Promise<Transcript> {
  chat = await typedTo(step, { name: 'Josh', age: '15' }, TYPED);
  await chat.say('everything is too much at the moment');
  await chat.say('not really');
  await chat.say('yes');
  expect(chat.lastQuestion?.step).toBe(Step.safeguardingCheck);
  return chat;
}

const hopes = async (c: Transcript) => ((await c.draft())?.aspirations ?? []).map((a) => a.text.toLowerCase());

describe('a hope typed at "carry on?" after a check', () => {
  it.each([
    [Step.needsBarrier, 'i want to be a chef', 'chef'],
    [Step.needsHelps, 'i want to be a chef', 'chef'],
    [Step.needsBarrier, 'id love to live with my mates one day', 'live with my mates'],
    [Step.needsHelps, 'i would like to learn to drive', 'drive'],
  ] as const)('at %s, "%s" is kept as a hope and the interrupted question is asked again', async (step, words, hope) => {
    const c = await atCarryOn(step);
    const replies = await c.say(words);
    expect((await hopes(c)).some((h) => h.includes(hope))).toBe(true);
    expect(saidIn(replies).toLowerCase()).toContain(hope);
    expect(c.step).toBe(step);
    const needs = ((await c.draft())?.needs ?? []).map((n) => n.text.toLowerCase());
    expect(needs.some((n) => n.includes(hope))).toBe(false);
  });

  it('at the hopes question it is that question\'s answer, as before', async () => {
    const c = await atCarryOn(Step.hopesMore);
    await c.say('i want to be a chef');
    expect((await hopes(c)).some((h) => h.includes('chef'))).toBe(true);
    expect(c.step).toBe(Step.hopesMore);
  });

  it('help they want, typed there, is no hope: it answers the needs question', async () => {
    const c = await atCarryOn(Step.needsHelps);
    await c.say('i want to get more help with my reading');
    expect(await hopes(c)).toEqual(['get a job']);
  });
});
