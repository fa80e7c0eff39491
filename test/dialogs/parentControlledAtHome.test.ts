import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A 15-year-old (easy read) whose mum's new partner controls the money: "her boyfriend tbh. he
 * shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its
 * not that bad". That is domestic abuse she lives with: the whole answer and a note, even played
 * down. And "i just stay in my room when he starts", said to "Are you OK?", is never "Good.":
 * hiding from someone is heard. Parents arguing about money, or a teenager's evening in her room, are not.
 */

const EASY_15 = { mode: 'Easy read', age: '15' } as const;
const atHopes = (start: { safeguarding?: 'lead' | 'noLead' } = {}) =>
  typedTo(Step.hopesDream, EASY_15, {}, start);

describe('a parent controlled by her partner, told sideways', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad',
    'my step dad wont let mum have her own money and he checks her phone',
    'mums boyfriend screams at her and she cries',
  ])('%j gets the whole answer and a domestic abuse note', async (typed) => {
    chat = await atHopes();
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });

  it.each(['mum and dad argue sometimes about money', 'my mum does the budget for the house'])('%j is ordinary: no answer, no note', async (typed) => {
    chat = await atHopes();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(CRISIS);
    expect(said).not.toMatch(/Are you OK\?/);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});

describe('"Are you OK?" answered with hiding', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'ye im ok he doesnt do anything to me. i just stay in my room when he starts',
    'im fine, i go upstairs when they kick off',
    'yeah ok i hide in my wardrobe till he calms down',
  ])('%j is never "Good.": the worry is heard and noted', async (reply) => {
    chat = await atHopes();
    expect(saidIn(await chat.say('i worry about my mum and her boyfriend'))).toMatch(/Are you OK\?/);
    const said = saidIn(await chat.say(reply));
    expect(said).not.toMatch(/^Good\./m);
    expect(said).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('at "Are you safe now?" after the note, hiding is heard, never "glad you are safe"', async () => {
    chat = await atHopes({ safeguarding: 'noLead' });
    await chat.say('her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad');
    const said = saidIn(await chat.say('ye im ok he doesnt do anything to me. i just stay in my room when he starts'));
    expect(said).toMatch(/Keeping out of someone's way is hard/);
    expect(said).not.toMatch(/glad you are safe/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('"ye im ok. i just stay in my room alot its fine" is a plain OK', async () => {
    chat = await atHopes();
    await chat.say('i worry about my mum and her boyfriend');
    const said = saidIn(await chat.say('ye im ok. i just stay in my room alot its fine'));
    expect(said).toMatch(/^Good\./m);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});

/*
 * In the same chat: "its just them arguing. i put my headphones in" after the note about home was
 * filed as bullying ("Nobody should treat you like that", "feel safe at school?"); it is more about
 * home, added to that note and never kept. "home is ok i just stay in my room alot its fine" alone
 * is ordinary: no whole answer, no note.
 */
describe('more about home, after the note about home', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const afterHomeNote = async () => {
    chat = await atHopes({ safeguarding: 'noLead' });
    await chat.say('her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad');
    await chat.say('yes im safe');
    // Who it is ("her boyfriend tbh") and the harm played down are never offered back as a hope.
    expect(saidIn(await chat.say('carry on'))).not.toMatch(/You said|boyfriend/);
    expect(chat.step).toBe(Step.hopesDream);
  };

  it.each(['its just them arguing. i put my headphones in', 'they argue alot. i go to my room', 'mum and him are shouting again, i turn my music up'])(
    '%j is added to the note about home, never bullying, school or a hope',
    async (typed) => {
      await afterHomeNote();
      const said = saidIn(await chat.say(typed));
      expect(said).toMatch(/added it to the note about home/);
      expect(said).not.toMatch(/Nobody should treat you like that|safe at school|One of your hopes/);
      expect(chat.step).toBe(Step.hopesDream);
      const draft = await chat.draft();
      expect(draft?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
      expect(draft?.aspirations).toEqual([]);
    },
  );

  it('at "Are you safe now?" just after the note, it is added too, with no "sorry"', async () => {
    chat = await atHopes({ safeguarding: 'noLead' });
    await chat.say('her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad');
    const said = saidIn(await chat.say('its just them arguing. i put my headphones in'));
    expect(said).toMatch(/added it to the note about home/);
    expect(said).not.toMatch(/Sorry|Nobody should treat you like that|safe at school/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });

  it('"they argue about who goes first in the game" is not about home', async () => {
    await afterHomeNote();
    expect(saidIn(await chat.say('they argue about who goes first in the game'))).not.toMatch(/note about home/);
  });

  it.each([Step.hopesDream, Step.aboutMeSafe])('"home is ok i just stay in my room alot its fine" at %s is ordinary', async (step) => {
    chat = await typedTo(step, EASY_15);
    const said = saidIn(await chat.say('home is ok i just stay in my room alot its fine'));
    expect(said).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
