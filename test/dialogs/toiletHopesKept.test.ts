import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/** Hopes about the toilet and being dry are kept as hopes, also when a parent says them after a worry. */
describe('toileting hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const hopes = async () => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

  it('"I worry she won\'t ever be dry at night, I just want her out of nappies" keeps the hope, and the worry as something hard', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Ava', age: 'Year 1' });
    await throughAboutMe(chat);
    await chat.say("I worry she won't ever be dry at night, I just want her out of nappies");
    expect(await hopes()).toEqual(['I just want her out of nappies']);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(["I worry she won't ever be dry at night"]);
  }, 60_000);

  it.each(['toilet on his own', 'go toilet on his own', 'i want him to be toilet trained', 'to use the toilet by himself and be dry at night'])(
    '"%s" is kept as a hope',
    async (typed) => {
      chat = await throughWelcome({ who: 'A parent or carer', name: 'Max', age: 'Year 1' });
      await throughAboutMe(chat);
      await chat.say(typed);
      expect((await hopes()).join(' ')).toContain(typed.replace(/^(?:go |i want him to be |to )/, '').split(' and ')[0]);
    },
  );
});
