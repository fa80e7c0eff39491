import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * A 19-year-old hoping to "work in a games shop" types what makes it hard at a hopes question:
 * it is kept as what makes that hope hard, never as a hope, and the questions move on.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function withTwoHopes(): Promise<Transcript> {
  const chat = await throughWelcome({ name: 'Jay', age: '19' });
  await throughAboutMe(chat);
  await chat.say('work in a games shop');
  await chat.say('my own place one day');
  return chat;
}

describe('a hard thing about one hope, typed at a hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at a part-of-life question it is kept with the games shop hope, and the next question comes', async () => {
    chat = await withTwoHopes();
    if (chat.step === Step.hopesMore) await chat.say('no thats it');
    expect(chat.step).toBe(Step.hopesTheme);
    const topic = chat.lastQuestion?.topic;
    const replies = await chat.say('i get anxious talking to customers and i mess up with money');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['work in a games shop', 'my own place one day']);
    const shop = draft.aspirations[0]!.id;
    expect(draft.needs.length).toBeGreaterThan(0);
    expect(draft.needs.every((n) => n.aspirationIds.includes(shop) && n.aspirationIds.length === 1)).toBe(true);
    expect(draft.needs.map((n) => n.text).join(' ')).toMatch(/customers.*money/);
    expect(texts(replies)).toContain('makes this hope hard: "work in a games shop"');
    expect(texts(replies)).not.toMatch(/one of your hopes is/i);
    expect(chat.lastQuestion?.topic).not.toBe(topic);
  });

  it('at "another hope?" it is kept with the hope it fits, and "another hope?" is asked again', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '19' });
    await throughAboutMe(chat);
    await chat.say('work in a games shop');
    expect(chat.step).toBe(Step.hopesMore);
    const replies = await chat.say('i get realy nervous with customers');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['work in a games shop']);
    expect(draft.needs.map((n) => n.aspirationIds)).toEqual([[draft.aspirations[0]!.id]]);
    expect(texts(replies)).toContain('"work in a games shop"');
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('after a yes to "another hope?", at "what are your hopes?" it is kept with the hope it fits', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '19' });
    await throughAboutMe(chat);
    await chat.say('work in a games shop');
    expect(chat.step).toBe(Step.hopesMore);
    await chat.say('yes');
    expect(chat.step).toBe(Step.hopesDream);
    const replies = await chat.say('i get realy nervous with customers');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['work in a games shop']);
    expect(draft.needs.map((n) => n.aspirationIds)).toEqual([[draft.aspirations[0]!.id]]);
    expect(texts(replies)).toContain('makes this hope hard: "work in a games shop"');
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('a hard thing that fits no hope is still asked about kindly, as before', async () => {
    chat = await withTwoHopes();
    if (chat.step === Step.hopesMore) await chat.say('no');
    const replies = await chat.say('i mess up when its really noisy');
    expect(texts(replies)).not.toContain('makes this hope hard');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
