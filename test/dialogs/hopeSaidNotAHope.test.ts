import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

async function twoHopesKept(): Promise<Transcript> {
  const chat = await throughWelcome({ name: 'Priya', age: '19' });
  await throughAboutMe(chat);
  await chat.say('i want to work in a bakery and one day have my own flat with biscuit');
  expect(await hopesOf(chat)).toHaveLength(2);
  expect(chat.step).toBe(Step.hopesMore);
  return chat;
}

describe('pointing back at hopes, or saying a kept hope is not one', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['both', 'both of them', 'the ones i said'])('"%s" at "another hope?" keeps no new hope and moves on', async (typed) => {
    chat = await twoHopesKept();
    await chat.say(typed);
    expect(await hopesOf(chat)).toHaveLength(2);
    expect(chat.step).not.toBe(Step.hopesMore);
  });

  it('"the gym one isnt a hope, please delete it" takes that hope out', async () => {
    chat = await twoHopesKept();
    await chat.say('i also want to go to the gym');
    expect(await hopesOf(chat)).toHaveLength(3);
    const asked = await chat.say('the gym one isnt a hope, please delete it');
    expect(texts(asked)).toMatch(/take out "[^"]*gym|taken out "[^"]*gym/i);
    if (/take out/i.test(texts(asked))) await chat.say('yes');
    expect((await hopesOf(chat)).join(' | ')).not.toMatch(/gym/);
    expect(await hopesOf(chat)).toHaveLength(2);
  });

  it('"wait no, that wasnt a hope" right after a hope was kept asks to take it out, never keeps the words as a hope', async () => {
    chat = await twoHopesKept();
    await chat.say('go to the gym');
    const asked = await chat.say('wait no, that wasnt a hope, i was talking to my mum');
    expect(texts(asked)).toMatch(/take out/i);
    await chat.say('yes please');
    const hopes = await hopesOf(chat);
    expect(hopes.join(' | ')).not.toMatch(/gym|wasnt|talking/);
  });
});
