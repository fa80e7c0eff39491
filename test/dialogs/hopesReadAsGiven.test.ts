import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/** Hopes read the way people give them: counted lists, lead-ins, and two hopes joined by "and". */
describe('hopes read the way people give them', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a dad\'s three hopes with "the third one is" are three hopes, without the counting', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: 'Year 4' });
    await throughAboutMe(chat);
    await chat.say("I'd like him to get better at reading and to have a friend he sees outside school, and the third one is that he's safe on school trips");
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(3);
    expect(hopes?.[0]).toMatch(/reading/);
    expect(hopes?.[1]).toMatch(/friend he sees outside school/);
    expect(hopes?.[2]).toMatch(/safe on school trips/);
    expect(hopes?.join(' ')).not.toMatch(/third one/);
  });

  it('two things to do joined by "and to" are two hopes', async () => {
    chat = await throughWelcome({ name: 'Sam', age: '19' });
    await throughAboutMe(chat);
    await chat.say('keep doing my physio exercises every day and to manage my own appointments');
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['keep doing my physio exercises every day', 'to manage my own appointments']);
  });

  it('"Now the hopes. I want to add a hope:" is a lead-in, not part of the hope', async () => {
    chat = await throughWelcome({ name: 'Mia', age: '17' });
    await throughAboutMe(chat);
    await chat.say('Now the hopes. I want to add a hope: to learn to drive');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['to learn to drive']);
  });
});
