import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];
const helpOf = async (chat: Transcript) => (await chat.draft())?.aboutMe.support ?? [];

async function atTheDream(name: string, age: string): Promise<Transcript> {
  const chat = await throughWelcome({ name, age, mode: 'Easy read' });
  await throughAboutMe(chat);
  return chat;
}

describe('hopes told apart from help, and put right when read wrongly', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes a boyfrend" at "another hope?" is kept as a hope, never as help', async () => {
    chat = await atTheDream('Chloe', '23');
    await chat.say('i want to live on my own');
    expect(chat.step).toBe(Step.hopesMore);
    const replies = await chat.say('yes a boyfrend');
    expect(saidIn(replies)).not.toMatch(/as help/i);
    expect((await hopesOf(chat)).join(' | ')).toMatch(/boyfrend/);
    expect((await helpOf(chat)).join(' | ')).not.toMatch(/boyfrend/);
  });

  it('"no i want ..." just after a hope was saved as help moves it to the hopes, once', async () => {
    chat = await atTheDream('Chloe', '23');
    await chat.say('a laptop');
    expect(chat.step).toBe(Step.hopesDream);
    const replies = await chat.say('no i want a laptop of my own to make music');
    expect(saidIn(replies)).toMatch(/wrong/i);
    expect(await helpOf(chat)).toEqual(['Give me time to answer']);
    const hopes = await hopesOf(chat);
    expect(hopes.filter((h) => /laptop/.test(h))).toHaveLength(1);
    expect(hopes.join(' | ')).not.toMatch(/^no\b/);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('a club with friends the person wants to keep going to is a hope, and "what? not help" is never kept', async () => {
    chat = await atTheDream('Aisha', '15');
    const first = await chat.say('deaf club saturday with friends. want keep go');
    expect(saidIn(first)).not.toMatch(/as help/i);
    expect((await hopesOf(chat)).join(' | ')).toMatch(/deaf club/);
    await chat.say('what? not help. me WANT go deaf club. keep my friends');
    const hopes = await hopesOf(chat);
    expect(hopes.join(' | ')).not.toMatch(/not help|what/i);
  });

  it('"what? not help" after something saved as help moves it to the hopes, leaving the remark out', async () => {
    chat = await atTheDream('Aisha', '15');
    await chat.say('a tablet');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('what? not help. me WANT tablet. draw pictures on it');
    const hopes = await hopesOf(chat);
    expect(hopes.join(' | ')).toMatch(/tablet/);
    expect(hopes.join(' | ')).not.toMatch(/not help|what/i);
    expect((await helpOf(chat)).join(' | ')).not.toMatch(/tablet/);
  });

  it('"me already say!! ... that my hope" keeps one hope, the remarks left out', async () => {
    chat = await atTheDream('Aisha', '15');
    await chat.say('me already say!! go deaf club see friends. that my hope');
    expect(await hopesOf(chat)).toEqual([expect.stringMatching(/^go deaf club see friends$/i)]);
  });
});
