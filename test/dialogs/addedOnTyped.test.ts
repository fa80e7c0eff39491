import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/**
 * A message that adds to the answer just given, sent after the bot moved on ("oh and football
 * too"), goes with that answer, and the new question is asked again; it never answers the new one.
 */
describe('a follow-up adds to the answer before', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"plus she is really patient" at the next about-me question is added to what people like', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Mia', age: 'Year 8' });
    await chat.say('she is funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    await chat.say('plus she is really patient');
    expect(chat.step).toBe(Step.aboutMeImportant);
    const about = (await chat.draft())?.aboutMe;
    expect(about?.strengths.join(' ')).toMatch(/she is funny.*really patient/);
    expect(about?.important).toEqual([]);
  });

  it('"oh and cooking as well" after a hope is another hope, and the next question is asked again', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('I want to be a mechanic');
    await chat.say('no');
    const themeAsked = chat.lastQuestion;
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say('to live in my own flat');
    const next = chat.lastQuestion;
    await chat.say('oh and cooking as well');
    expect(chat.lastQuestion?.step).toBe(next?.step);
    expect(chat.lastQuestion?.topic).toBe(next?.topic);
    expect(themeAsked?.topic).not.toBe(next?.topic);
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['I want to be a mechanic', 'to live in my own flat', 'cooking']);
  });

  it('"and another thing, he loves drawing" at "what makes this hard?" is a hope, never what makes it hard', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: 'Year 5' });
    await throughAboutMe(chat);
    await chat.say('to ride a bike');
    await chat.say('no');
    for (const hope of ['to read a whole book', 'to have a friend to play with', 'to make his own breakfast']) {
      if (chat.step !== Step.hopesTheme) break;
      await chat.say(hope);
    }
    expect(chat.step).toBe(Step.needsBarrier);
    const asked = chat.lastQuestion?.topic;
    const before = (await chat.draft())?.aspirations.length ?? 0;
    await chat.say('and another thing, he loves drawing');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(asked);
    const draft = await chat.draft();
    expect(draft?.needs).toEqual([]);
    expect(draft?.aspirations.map((a) => a.text)).toHaveLength(before + 1);
    expect(draft?.aspirations.at(-1)?.text).toBe('he loves drawing');
  });

  it('"and also he gets upset in crowds" at "what makes this hard?" answers that question', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: 'Year 5' });
    await throughAboutMe(chat);
    await chat.say('to ride a bike');
    await chat.say('no');
    for (const hope of ['to read a whole book', 'to have a friend to play with', 'to make his own breakfast']) {
      if (chat.step !== Step.hopesTheme) break;
      await chat.say(hope);
    }
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('and also he gets upset in crowds');
    expect((await chat.draft())?.needs.length).toBeGreaterThan(0);
  });
});
