import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saidIn } from './journeySeed';
import { Transcript } from '../support/transcript';

/* Rhys (16) at "Is it OK for me to keep your answers?" asks whether the bot is a real person. */

async function toConsent(): Promise<Transcript> {
  const chat = await Transcript.start({ today: '2026-12-06' });
  await chat.say('standard');
  expect(chat.step).toBe(Step.welcomeConsent);
  return chat;
}

describe('"are you a bot?" at the consent question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"hold on r u actually a real person or a bot lol": it is a computer program, and the consent question again; never a no', async () => {
    chat = await toConsent();
    const words = saidIn(await chat.say('hold on r u actually a real person or a bot lol'));
    expect(words).toMatch(/computer program/);
    expect(words).not.toMatch(/I will not keep anything/);
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.activity.text).toMatch(/keep your answers/i);
  });

  it('"i didnt say no?? i asked if ur a bot" after a no was taken: sorry, the answer, and the consent question again', async () => {
    chat = await toConsent();
    await chat.say('no');
    const words = saidIn(await chat.say('i didnt say no?? i asked if ur a bot'));
    expect(words).toMatch(/sorry/i);
    expect(words).toMatch(/computer program/);
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.activity.text).toMatch(/keep your answers/i);
  });

  it('still heard at the consent question: "my dad hits me"', async () => {
    chat = await toConsent();
    expect(saidIn(await chat.say('my dad hits me'))).toMatch(/0808 800 5000|0800 1111|Are you OK/);
  });
});
