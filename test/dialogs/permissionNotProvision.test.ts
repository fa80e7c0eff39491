import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saysOnlyPermission } from '../../src/language/permissionOnly';
import { saidIn, startWith } from './journeySeed';

/*
 * "mum to let me", typed at "what would help?": a parent's yes is not support any service gives. It
 * is never kept as provision (never social care); the bot asks what support would help, once.
 */

const HOPES = [{ text: 'go to town on my own', theme: 'independent_living' as const, needs: ['i get lost'] }];

async function atProvides(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-03', name: 'Kyle', age: 14, schoolYear: 9, hopes: HOPES });
  for (const said of ['get the bus to town on my own', 'next summer', 'i get there and text mum', 'i feel grown up', 'go out with mates']) await chat.say(said);
  expect(chat.step).toBe(Step.outcomeProvides);
  return chat;
}

describe("a parent's yes at 'what would help?'", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"mum to let me" is not provision: what support would help is asked', async () => {
    chat = await atProvides();
    const said = saidIn(await chat.say('mum to let me'));
    expect(said).toMatch(/what support would help/i);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
    await chat.say('a travel trainer');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a travel trainer']);
  });

  it('said again, it is still not kept, and the read-back comes', async () => {
    chat = await atProvides();
    await chat.say('mum to let me');
    await chat.say('my mums permission');
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });
});

describe('the reader', () => {
  it.each(['mum to let me', 'if my dad says yes', 'my mums permission', 'permission from my mum', 'mum letting me go', 'my parents to agree', 'mum to say i can'])('%j is a yes only', (typed) =>
    expect(saysOnlyPermission(typed)).toBe(true),
  );
  it.each(['mum helps me', 'my mum to take me', 'mum to come with me', 'my dad to teach me to drive', 'mum to let me and take me', 'a TA to let me leave early', 'my teacher to let me', 'mum says im good at cooking', 'mum to stop worrying'])(
    '%j is not',
    (typed) => expect(saysOnlyPermission(typed)).toBe(false),
  );
});
