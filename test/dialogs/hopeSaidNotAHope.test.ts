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

  it.each(['That isn\'t a hope, as I said before', 'That is not a hope, as I told you', 'as I said before, that is not a hope'])(
    '%j right after a hope was kept acts on it and keeps nothing of "as I said"',
    async (typed) => {
      chat = await twoHopesKept();
      await chat.say('go to the gym');
      const before = chat.step;
      const asked = texts(await chat.say(typed));
      // Taken out after a yes, or asked for its new words: either way the correction is acted on.
      expect(asked).toMatch(/take out "go to the gym|"go to the gym" say instead/i);
      const draft = (await chat.draft())!;
      const kept = [...draft.aspirations, ...draft.needs].map((i) => i.text).join(' | ');
      expect(kept).not.toMatch(/said before|told you|as i said/i);
      expect(chat.step).toBe(before);
    },
  );
});
