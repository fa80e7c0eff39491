import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* What is hard and what helps are kept in the person's words, without "lol", "idk" or emoji. */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: [] };

async function atNeeds(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2025-03-10', age: 17, hopes: [FLAT], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
  expect(chat.step).toBe(Step.needsBarrier);
  return chat;
}

describe('needs and what helps, kept without chatter', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['money lol', 'money'],
    ['idk cooking tbh 😅', 'cooking'],
    ['i get lost on buses haha', 'i get lost on buses'],
  ])('%j is kept as the need %j', async (typed, kept) => {
    chat = await atNeeds();
    await chat.say(typed);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual([kept]);
  });

  it('what helps is kept without "lol" and emoji too', async () => {
    chat = await atNeeds();
    await chat.say('money lol');
    await chat.say('my mum helps me budget lol 😂');
    expect((await chat.draft())?.needs[0]?.helps).toEqual(['my mum helps me budget']);
  });
});
