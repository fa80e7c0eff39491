import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

describe('a hope said as "would be nice"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"potty trained would be nice lol. and making friends" is two hopes', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Maisie', age: '3' });
    await throughAboutMe(chat);
    await chat.say('potty trained would be nice lol. and making friends');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/potty trained/);
    expect(hopes[1]).toMatch(/making friends/);
  });
});
