import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saidIn } from './journeySeed';
import { Transcript } from '../support/transcript';

/*
 * A dad at "has your key worker given you a code?": "no code. whats a key worker?". The question is
 * answered and "no code" is the answer: no code is asked for again. "I said no code" after it is a no too.
 */

async function toInvite(): Promise<Transcript> {
  const chat = await Transcript.start({ today: '2026-12-02' });
  for (const m of ['standard', 'yes', "i'm his dad", 'Oliver', "he's 9, year 4"]) await chat.say(m);
  expect(chat.step).toBe(Step.welcomeInvite);
  return chat;
}

describe('"no code" said beside a question at the code question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['no code. whats a key worker?'], ["we don't have one. who is the key worker?"], ['whats a key worker? no code'], ['wats a key worker lol no i dont hav a code']])('"%s" explains a key worker and moves on', async (said) => {
    chat = await toInvite();
    const words = saidIn(await chat.say(said));
    expect(words).toMatch(/key worker is/i);
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });

  it('"I said no code" after the code is asked again is a no code', async () => {
    chat = await toInvite();
    await chat.say('whats a key worker?');
    expect(chat.step).toBe(Step.welcomeInvite);
    await chat.say('I said no code');
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });

  it('"whats a key worker?" alone asks the code question again', async () => {
    chat = await toInvite();
    await chat.say('whats a key worker?');
    expect(chat.step).toBe(Step.welcomeInvite);
  });
});
