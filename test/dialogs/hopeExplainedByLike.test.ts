import { afterEach, describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';
import { partsNamed } from '../../src/language/partsNamed';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/**
 * "wanna be a mechanic. like fix cars.": the sentence led by "like" says what the hope before it
 * means, so it stays with that hope; "X and Y is the same thing" joins only the hopes it names.
 */
describe('a hope explained by "like ..." after it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const hopes = async () => (await chat.draft())?.aspirations.map((a) => a.text);

  it('"like fix cars" stays with "a mechanic": two hopes, not three', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '15' });
    await throughAboutMe(chat);
    await chat.say('wanna be a mechanic. like fix cars. and have my own garage one day wiv my name on it');
    expect(await hopes()).toEqual(['wanna be a mechanic. like fix cars', 'have my own garage one day wiv my name on it']);
    // Both named are in one hope already: the garage stays a hope of its own.
    await chat.say('mechanic and fix cars is the same thing tho');
    expect(await hopes()).toEqual(['wanna be a mechanic. like fix cars', 'have my own garage one day wiv my name on it']);
  });

  it('"mechanic and fix cars is the same thing" joins only those two', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '15' });
    await throughAboutMe(chat);
    await chat.say('wanna be a mechanic. fix cars. and have my own garage one day wiv my name on it');
    const cut = (await hopes()) ?? [];
    await chat.say('mechanic and fix cars is the same thing tho');
    const after = (await hopes()) ?? [];
    // What a mechanic does ("fix cars") is kept with that hope from the start, so nothing more is joined.
    expect(cut.length).toBe(2);
    expect(after).toHaveLength(2);
    expect(after[1]).toBe('have my own garage one day wiv my name on it');
  });

  it('other ways of explaining a hope stay with it', () => {
    expect(hopesIn('i want to be a chef. like cook in a big kitchen')).toEqual(['i want to be a chef. like cook in a big kitchen']);
    expect(hopesIn('be a vet. as in look after poorly animals. and learn to drive')).toEqual(['be a vet. as in look after poorly animals', 'learn to drive']);
    expect(hopesIn('i wanna work with kids. i mean help in a nursery')).toEqual(['i wanna work with kids. i mean help in a nursery']);
  });

  it('a hope with one word of its own is named by it', () => {
    const parts = ['wanna be a mechanic', 'fix cars', 'have my own garage one day'];
    expect(partsNamed('mechanic and fix cars is the same thing tho', parts)).toEqual([0, 1]);
    expect(partsNamed('fixing cars n being a mechanic is same thing', parts)).toEqual([0]);
    expect(partsNamed('chef and work in a kitchen is the same', ['id like to be a chef', 'work in a kitchen', 'learn to drive'])).toEqual([0, 1]);
    // A short word of the hope said in passing names nothing.
    expect(partsNamed('its the same', ['i want to be a vet', 'learn to drive'])).toEqual([]);
  });

  it('a new hope that only starts with "like" is still a hope of its own', () => {
    expect(hopesIn('i want to be a chef. like i also want to live with my mate')).toHaveLength(2);
  });
});
