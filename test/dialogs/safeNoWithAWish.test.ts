import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const CRISIS = /116 123|0800 1111|999/;
const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

async function atSafeQuestion(): Promise<Transcript> {
  const chat = await throughWelcome({ name: 'Sam', age: '14' });
  await chat.say('people say im kind and good at drawing');
  await chat.say('my dog and gaming');
  await chat.say('tell me whats happening before it happens');
  expect(chat.step).toBe(Step.aboutMeSafe);
  return chat;
}

// A "no" and then a wish about their own life is an answer: not always safe. Only words about the chat's own words answer nothing.
describe('"no" and a wish at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no. take me out of that school', 'no. i want to change schools', 'no. remove him from my class', 'no. they do the nasty bit'])(
    '"%s" is "not always": the safety lines and a flag',
    async (typed) => {
      chat = await atSafeQuestion();
      const replies = await chat.say(typed);
      expect(textOf(replies)).toMatch(CRISIS);
      expect(textOf(replies)).not.toMatch(/haven.t kept that/i);
      expect((await chat.draft())?.flags.length).toBe(1);
    },
  );

  // "go back to the help question" asks that question again; the safety question follows it.
  it.each([
    ['no. delete that. go back to the help question', Step.aboutMeSupport],
    ['no dont add that. i ment change brakes to breaks', Step.aboutMeSafe],
  ])('leave alone: "%s" is about the chat\'s words: no flag, and a question asked again', async (typed, step) => {
    chat = await atSafeQuestion();
    const replies = await chat.say(typed);
    expect(textOf(replies)).not.toMatch(/Thank you for telling me/);
    expect((await chat.draft())?.flags).toEqual([]);
    expect(chat.step).toBe(step);
  });

  it('leave alone: "no. i mean not at school" is still "not always"', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('no. i mean not at school');
    expect(textOf(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags.length).toBe(1);
  });
});
