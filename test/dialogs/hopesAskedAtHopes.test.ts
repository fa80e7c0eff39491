import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * At the hopes questions, "take it out" points at one hope: the last one kept goes, and the bot
 * says which. "what hopes have i got now" and "where have the other hopes gone?" ask to see the
 * hopes: they are listed by their words, and the question is asked again. Nothing is kept.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function twoHopesKept(): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Priya', age: '15' });
  await throughAboutMe(c);
  await c.say('i want to be a chef and live in a flat');
  expect(await hopesOf(c)).toHaveLength(2);
  expect(c.step).toBe(Step.hopesMore);
  return c;
}

describe('asking about the hopes kept, at the hopes questions', () => {
  it('"take it out" after two hopes takes out the last one, says which, and keeps the first', async () => {
    chat = await twoHopesKept();
    const replies = await chat.say('take it out');
    expect(texts(replies)).toMatch(/live in a flat/);
    expect(await hopesOf(chat)).toEqual(['i want to be a chef']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it.each(['what hopes have i got now', 'where have the other hopes gone?'])('"%s" lists the hopes by their words and asks again', async (typed) => {
    chat = await twoHopesKept();
    await chat.say('yes');
    expect(chat.step).toBe(Step.hopesDream);
    const replies = await chat.say(typed);
    expect(texts(replies)).toMatch(/i want to be a chef/i);
    expect(texts(replies)).toMatch(/live in a flat/);
    expect(await hopesOf(chat)).toHaveLength(2);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('"where have the other hopes gone?" at a part of life lists them and asks that part again', async () => {
    chat = await twoHopesKept();
    await chat.say('no');
    const step = chat.step;
    const topic = chat.lastQuestion?.topic;
    const replies = await chat.say('where have the other hopes gone?');
    expect(texts(replies)).toMatch(/i want to be a chef/i);
    expect(await hopesOf(chat)).toHaveLength(2);
    expect([chat.step, chat.lastQuestion?.topic]).toEqual([step, topic]);
  });
});
