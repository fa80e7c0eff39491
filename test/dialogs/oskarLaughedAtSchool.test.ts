import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A 12-year-old learning English says boys laugh when he speaks English, "not hit, only laugh".
 * A bullying note is fair, but the answer is proportionate: a kind word, a trusted adult, Childline;
 * no 999, no Samaritans, no "are you safe now". Threats or hitting still get the whole answer.
 */

const { [Step.aboutMeSafe]: _safe, ...TO_SAFE } = ABOUT_ME_TYPED;
const OSKAR = { name: 'Oskar', age: '12' } as const;
const LAUGHED = 'home yes. school is ok, sometimes boys laugh when i speak english. not hit, only laugh';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('boys laugh at his English at school', () => {
  it('a kind short answer with Childline, no 999, and the note is still made', async () => {
    chat = await typedTo(Step.aboutMeSafe, OSKAR, TO_SAFE);
    const replies = saidIn(await chat.say(LAUGHED));
    expect(replies).toMatch(/Childline/);
    expect(replies).toMatch(/adult you trust/);
    expect(replies).not.toMatch(/999|Samaritans|safe now|in danger|take your things or hurt you/i);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
    expect(replies).not.toMatch(/Are you safe/);
    const after = saidIn(await chat.say('i dont want call 999 please, is only laughing. i get in trouble?'));
    expect(after).toMatch(/not in trouble/i);
    expect(after).not.toMatch(/family/i);
    const family = saidIn(await chat.say('why my family? my family is good'));
    expect(family).toMatch(/not about your family/i);
  });

  for (const said of [
    'home yes. school is ok, sometimes boys laugh when i speak english. they hit me',
    'home yes. school no, boys not only laugh when i speak english, they hit me',
    'home yes. school is ok, boys laugh at my english. they not hit me yet but they say they will get me',
    'home yes. school no. boys laugh and they push me. not hit, only push',
    'they laugh at me and i dont hit them back',
    'boys laugh at me. they dont hit me when teachers are there',
    'they call me names and i dont hurt them back',
    'the boys laugh at me, i never hit them back',
  ]) {
    it(`leave alone: "${said}" still gets the whole answer and the note`, async () => {
      chat = await typedTo(Step.aboutMeSafe, OSKAR, TO_SAFE);
      const replies = saidIn(await chat.say(said));
      expect(replies).toMatch(CRISIS);
      expect(replies).toMatch(/999/);
      expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
    });
  }

  it('"why my family?" after a worry about home is not told it is not about the family', async () => {
    chat = await typedTo(Step.aboutMeSafe, OSKAR, TO_SAFE);
    saidIn(await chat.say('no. my dad hit me at home'));
    const family = saidIn(await chat.say('why my family? my family is good'));
    expect(family).not.toMatch(/not about your family/i);
  });
});
