import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/** A parent of Tomasz (Year 6) at the first hopes question. */
async function atTheDream(): Promise<Transcript> {
  const chat = await throughWelcome({ who: 'A parent or carer', name: 'Tomasz', age: 'Year 6' });
  await throughAboutMe(chat);
  return chat;
}

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a hope is read back as the hope itself, the draft keeps the words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['he wants to be a footballer or a vet', 'to be a footballer or a vet'],
    ['i want him to have friends at secondary school', 'to have friends at secondary school'],
    ["we'd love for him to go to the shop on his own", 'to go to the shop on his own'],
    ['my hope is for him to be happy at big school', 'to be happy at big school'],
  ])('"%s" reads back "%s"', async (typed, hope) => {
    chat = await atTheDream();
    const replies = await chat.say(typed);
    expect(chat.step).toBe(Step.hopesMore);
    expect(texts(replies)).toContain(`hopes for Tomasz is: ${hope}`);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual([typed]);
  });

  it('keeps words that are the hope itself as they are', async () => {
    chat = await atTheDream();
    const replies = await chat.say('go to the shop on his own');
    expect(texts(replies)).toContain('hopes for Tomasz is: go to the shop on his own');
  });

  it('reads each hope of a long message without "he wants"', async () => {
    chat = await atTheDream();
    const replies = await chat.say('he wants to be a vet. and i want him to make a good friend at secondary');
    expect(texts(replies)).toContain('"to be a vet"');
    expect(texts(replies)).toContain('"to make a good friend at secondary"');
    expect((await chat.draft())?.aspirations.map((a) => a.text).join(' ')).toContain('he wants to be a vet');
  });
});
