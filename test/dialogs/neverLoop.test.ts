import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { MISS_RULES } from '../../dialogs/missRules';
import { Transcript, outcomesOf } from '../support/transcript';

/**
 * No question is asked more than twice in a row in the same words. After the second miss the bot
 * does the step's sensible thing (MISS_RULES) and says so.
 */
describe('never loop', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  /** The question texts in order, with their steps. */
  const asked = (c: Transcript) => c.all.filter((a) => outcomesOf(a)?.step).map((a) => `${outcomesOf(a)!.step}|${a.text}`);
  const expectNoThreeInARow = (c: Transcript) => {
    const list = asked(c);
    for (let i = 2; i < list.length; i++) expect(list[i] === list[i - 1] && list[i] === list[i - 2], `asked three times: ${list[i]}`).toBe(false);
  };
  const said = (c: Transcript) => c.all.map((a) => a.text ?? '').join('\n');

  it('has a rule for every step id', () => {
    expect(Object.keys(MISS_RULES).sort()).toEqual(Object.values(Step).sort());
  });

  it('reading mode: standard words by default after two misses, and says so', async () => {
    chat = await Transcript.start();
    await chat.say('blah');
    await chat.say('blah blah');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.mode).toBe('standard');
    expect(said(chat)).toMatch(/standard words for now/);
    expectNoThreeInARow(chat);
  });

  it('consent: the buttons with one short sentence, never consent assumed', async () => {
    chat = await Transcript.start();
    await chat.say('normal');
    for (const typed of ['hmm', 'eh', 'qwerty', 'zzz', 'pfff']) {
      await chat.say(typed);
      expect(chat.step).toBe(Step.welcomeConsent);
    }
    expect(said(chat)).toMatch(/Please tap one of the buttons/);
    expect(said(chat)).toMatch(/Tap the answer that fits best, or type it in your own words/);
    expect(said(chat)).toMatch(/You can also type the answer in your own words/);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    expectNoThreeInARow(chat);
    await chat.say('yeah fine');
    expect(chat.step).toBe(Step.welcomeWho);
  });

  it('who: buttons only, then the young person themselves, said plainly', async () => {
    chat = await Transcript.start();
    await chat.say('normal');
    await chat.say('ok');
    for (const typed of ['hmm', 'eh', 'qwerty', 'zzz']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeName);
    expect(said(chat)).toMatch(/talk to you as the young person/);
    expect((await chat.draft())?.youngPerson.who).toBe('self');
    expectNoThreeInARow(chat);
  });

  it('name: its best reading is checked with yes / no; no name is "you"', async () => {
    chat = await Transcript.start();
    for (const typed of ['normal', 'ok', 'me']) await chat.say(typed);
    await chat.say('well umm');
    await chat.say('lol its JAYDEN innit lol haha ok');
    expect(chat.step).toBe(Step.welcomeName);
    expect(chat.lastQuestion?.activity.text).toMatch(/Shall I call you Jayden\?/);
    await chat.say('yep');
    expect((await chat.draft())?.youngPerson.name).toBe('Jayden');
    expect(chat.step).toBe(Step.welcomeAge);
    expectNoThreeInARow(chat);
  });

  it('age: after two misses nothing is stored and the bot says so; with an age, the year is estimated and marked', async () => {
    chat = await Transcript.start({ today: '2025-10-06' });
    for (const typed of ['normal', 'ok', 'me', 'Sam']) await chat.say(typed);
    await chat.say('old enough');
    await chat.say('very old');
    expect(chat.step).toBe(Step.welcomeInvite);
    expect(said(chat)).toMatch(/leave the age for now/);
    const draft = await chat.draft();
    expect(draft?.youngPerson.age).toBeUndefined();
    expect(draft?.youngPerson.schoolYear).toBeUndefined();
    await chat.close();

    // In the autumn an age alone leaves the year open: asked once, then worked out and marked as estimated.
    chat = await Transcript.start({ today: '2025-10-06' });
    for (const typed of ['normal', 'ok', 'me', 'Sam', '15']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('hmm');
    await chat.say('whatever');
    expect(chat.step).toBe(Step.welcomeInvite);
    expect(said(chat)).toMatch(/school year from the age/);
    expect((await chat.draft())?.youngPerson).toMatchObject({ age: 15, schoolYear: 11, schoolYearEstimated: true });
    expectNoThreeInARow(chat);
  });

  it('key worker code: "no" in any words is no code; a code inside a sentence is the code', async () => {
    chat = await Transcript.start({ today: '2025-03-10' });
    for (const typed of ['normal', 'ok', 'me', 'Sam', '15']) await chat.say(typed);
    await chat.say('no i dont have one');
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });
});
