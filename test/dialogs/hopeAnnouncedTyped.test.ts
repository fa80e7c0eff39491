import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

describe('words that only say what the hopes are like', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my hopes are really simple, to be happy" is kept as one hope, "to be happy"', async () => {
    chat = await throughWelcome({ name: 'Sam', age: '16', mode: 'Standard words' });
    await throughAboutMe(chat);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('my hopes are really simple, to be happy');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(1);
    expect(hopes[0]).toMatch(/^to be happy$/i);
  });
});
