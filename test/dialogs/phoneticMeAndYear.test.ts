import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * A young person typing as they speak: "mi" and "mee" for "me" at "Who is chatting?", with a
 * name after it ("mi mason"); "yer 5" or "yr5" for Year 5 at the age question.
 */
describe('"me" and "year" typed as they sound', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const toWho = async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    for (const typed of ['easy read', 'yes']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeWho);
  };

  it.each([
    ['mi mason', 'Mason'],
    ['mee mason', 'Mason'],
    ['meee ruby', 'Ruby'],
  ])('"%s" is the young person, with their name checked once', async (typed, name) => {
    await toWho();
    await chat.say(typed);
    // A name in small letters may be a word, so it is checked once, as "me liam" is.
    expect(chat.step).toBe(Step.welcomeName);
    expect(chat.lastQuestion?.activity.text).toMatch(new RegExp(`\\b${name}\\b`));
    await chat.say('yes');
    const draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('self');
    expect(draft?.youngPerson.name).toBe(name);
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it.each(['mi', 'mee', 'meee', 'its mi'])('"%s" alone is the young person, never a name', async (typed) => {
    await toWho();
    const replies = await chat.say(typed);
    expect(replies.map((a) => a.text ?? '').join(' ')).not.toMatch(/Are you Mi\b|Are you Mee|did not get/i);
    expect((await chat.draft())?.youngPerson.who).toBe('self');
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });

  it('"mi mum is helping" is the young person with their mum helping', async () => {
    await toWho();
    await chat.say('mi mum is helping');
    expect((await chat.draft())?.youngPerson.who).toBe('helper');
  });

  it('"Mia" is still a name to check', async () => {
    await toWho();
    const replies = await chat.say('Mia');
    expect(replies.map((a) => a.text ?? '').join(' ')).toMatch(/Are you Mia/);
  });

  it.each(['yer 5', 'yr5', 'year5', 'yeer 5', 'yer5', 'im in yer 5'])('"%s" at the age question is Year 5', async (typed) => {
    await toWho();
    for (const said of ['me', 'Mason']) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.schoolYear).toBe(5);
  });

  it('"yes 5" at the age question is not read as a year', async () => {
    await toWho();
    for (const said of ['me', 'Mason']) await chat.say(said);
    await chat.say('yes 5');
    expect((await chat.draft())?.youngPerson.schoolYear).toBeUndefined();
  });
});
