import { afterEach, describe, expect, it } from 'vitest';
import { saysMoreOf } from '../../src/language/thread';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/* A hope given again in fuller words ("a job", then "get a job in a shop") is one hope, kept in the fuller words. */

describe('a hope said again more fully', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"a job" then "get a job in a shop" keeps one hope, in the fuller words', async () => {
    chat = await throughWelcome({ age: '17' });
    await throughAboutMe(chat);
    await chat.say('a job');
    await chat.say('yeah');
    await chat.say('get a job in a shop');
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['get a job in a shop']);
  });

  it('"i said hair and beauty" at the next hopes question is the hope given before, kept once and said so', async () => {
    chat = await throughWelcome({ age: '15' });
    await throughAboutMe(chat);
    await chat.say('hair and beauty at college, and get my own flat one day');
    await chat.say('no thats it');
    const replies = await chat.say('i said hair and beauty');
    expect(replies.map((a) => a.text ?? '').join(' ')).toMatch(/told me that hope already/);
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['hair and beauty at college', 'get my own flat one day']);
  });

  it('reads only a short hope said again with more words as the same hope', () => {
    expect(saysMoreOf('a job', 'get a job in a shop')).toBe(true);
    expect(saysMoreOf('work with animals', 'live on my own')).toBe(false);
    expect(saysMoreOf('go to college and get a job and live in a flat', 'get a job in a shop near my flat at college')).toBe(false);
  });
});
