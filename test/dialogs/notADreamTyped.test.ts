import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

describe('"thats not a dream, i just like it" just after a hope was kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('takes out the hope just kept, never an earlier one, and keeps no new hope', async () => {
    chat = await throughWelcome({ name: 'Chloe', age: '23', mode: 'Easy read' });
    await throughAboutMe(chat);
    await chat.say('be happy');
    await chat.say('no');
    await chat.say('nothing now');
    await chat.say('i like wher i live. staff are ok');
    expect(await hopesOf(chat)).toHaveLength(2);
    const asked = await chat.say('thats not a dream. i just like it');
    expect(saidIn(asked)).toMatch(/took out "i like wher i live/i);
    expect(await hopesOf(chat)).toEqual(['be happy']);
    expect(chat.step).toBe(Step.hopesTheme);
  });
});
