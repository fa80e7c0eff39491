import { afterEach, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Sam, 15, told at "what helps?" that his uncle hits him, and carried on. Saying next who the worry is
 * ("nan is not the worry. my uncle is") is heard: added to the note, thanked, and nobody named is kept
 * as help. "my mum is nice" said alone is still his answer, as before.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function afterTheWorry(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Sam',
    age: 15,
    hopes: [{ text: 'go shopping on my own', theme: 'independent_living', needs: ['i cant do money'] }],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  await chat.say('my uncle hits me when nan is out');
  await chat.say('yes im safe');
  await chat.say('carry on');
  expect(chat.step).toBe(Step.needsHelps);
  return chat;
}

it.each(['nan is not the worry. my uncle is', 'mum is nice to me. dads not', 'shes not the worry he is'])(
  'after a worry of harm, %j: who the worry is goes to the note, never kept as help',
  async (typed) => {
    const c = await afterTheWorry();
    const said = saidIn(await c.say(typed));
    expect(said).toMatch(/who the worry is/);
    expect(said).not.toMatch(/They help you|they help you/);
    const draft = await c.draft();
    expect(draft?.needs[0]?.helps ?? []).toEqual([]);
    expect(draft?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
    expect(c.step).toBe(Step.needsHelps);
  },
);

it('leave alone: "my nan helps me" after the worry is kept as help', async () => {
  const c = await afterTheWorry();
  await c.say('my nan helps me');
  expect((await c.draft())?.needs[0]?.helps?.join(' ')).toMatch(/nan helps me/i);
});
