import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Becky, mum of Finley (Year 6), types long messages on her phone. A hope about how people see him
 * ("for people to believe hes not thick") is a hope of its own, said alone or after "and" in the
 * same message. "you missed the last bit" after a short read-back shows the whole hope and takes
 * the missing words; it is never kept as a hope, a need or help.
 */
describe('a hope of its own, and "you missed the last bit"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atSecondHope = async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Finley', age: 'Year 6' });
    await throughAboutMe(chat);
    await chat.say('to have friends at secondary');
    await chat.say('yes');
  };

  it('a second message about how people see him is its own hope, not help', async () => {
    await atSecondHope();
    await chat.say('to do well at secondary school');
    await chat.say('and for people to believe hes not thick, hes really bright just cant get it on paper');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual([
      'to have friends at secondary',
      'to do well at secondary school',
      'for people to believe hes not thick, hes really bright just cant get it on paper',
    ]);
    expect(draft?.aboutMe.support).not.toContain('for people to believe hes not thick, hes really bright just cant get it on paper');
  });

  it('"X and for people to Y" in one message is two hopes', async () => {
    await atSecondHope();
    await chat.say('to do well at secondary school and for people to believe hes not thick, hes really bright just cant get it on paper');
    expect((await chat.draft())?.aspirations.map((a) => a.text).slice(1)).toEqual([
      'to do well at secondary school',
      'for people to believe hes not thick, hes really bright just cant get it on paper',
    ]);
  });

  it('"you missed the last bit" shows the whole hope and adds the missing words to it', async () => {
    await atSecondHope();
    await chat.say('for him to go to the same secondary school as his best mate Alfie from football club on saturdays');
    const before = (await chat.draft())?.aspirations ?? [];
    await chat.say('you missed the last bit');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual(before);
    expect((await chat.draft())?.needs).toEqual([]);
    await chat.say('and they can walk there together');
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text) ?? [];
    expect(hopes).toHaveLength(before.length);
    expect(hopes.at(-1)).toMatch(/^for him to go to the same secondary school .*saturdays.*walk there together$/);
    expect(chat.step).toBe(Step.hopesMore);
  });
});
