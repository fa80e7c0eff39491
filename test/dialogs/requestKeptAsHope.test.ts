import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * A request kept as a hope by mistake ("... please delete") is put right when the person says so:
 * "no thats not a hope!! can you fix it" takes out (or asks about) the hope just kept, and "theres
 * another one that says please delete" finds the hope holding those words and offers to take it out.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function requestKept(): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Priya', age: '15' });
  await throughAboutMe(c);
  await c.say('i want to be a chef');
  await c.say('no');
  expect(c.step).toBe(Step.hopesTheme);
  await c.say('my brother keeps using my phone please delete');
  expect((await hopesOf(c)).join(' | ')).toMatch(/please delete/);
  return c;
}

describe('a request kept as a hope, put right', () => {
  it('"no thats not a hope!! can you fix it" asks about the hope just kept, and keeps none of these words', async () => {
    chat = await requestKept();
    const step = [chat.step, chat.lastQuestion?.topic];
    const replies = await chat.say('no thats not a hope!! can you fix it');
    expect(texts(replies)).toMatch(/please delete/);
    const hopes = (await hopesOf(chat)).join(' | ');
    expect(hopes).not.toMatch(/fix it|not a hope/);
    expect(hopes).toMatch(/chef/);
    expect([chat.step, chat.lastQuestion?.topic]).toEqual(step);
  });

  it('"theres another one that says please delete" offers to take out the hope with those words', async () => {
    chat = await requestKept();
    await chat.say('go to the gym');
    const replies = await chat.say('theres another one that says please delete');
    expect(texts(replies)).toMatch(/please delete/);
    expect((await hopesOf(chat)).join(' | ')).not.toMatch(/another one/);
    if (/take out|remove/i.test(texts(replies))) await chat.say('yes');
    const hopes = (await hopesOf(chat)).join(' | ');
    expect(hopes).not.toMatch(/please delete|another one/);
    expect(hopes).toMatch(/chef/);
    expect(hopes).toMatch(/gym/);
  });
});
