import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saidIn, typeUntil } from '../support/typedWay';
import { Transcript } from '../support/transcript';

/* Imran (14) at "has your key worker given you a code?", asked again: "i said no" repeats his no, never a complaint. */

async function toInvite(): Promise<Transcript> {
  const chat = await Transcript.start({ today: '2026-12-05' });
  await chat.say('normal words');
  await typeUntil(chat, Step.welcomeInvite, { [Step.welcomeConsent]: 'yes', [Step.welcomeWho]: 'me', [Step.welcomeName]: 'Imran', [Step.welcomeAge]: ['14', 'year 9'] });
  return chat;
}

describe('"i said no" at the code question asked again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i said no', 'i said no!!', 'i already said no'])('"%s" is no code', async (typed) => {
    chat = await toInvite();
    expect(chat.step).toBe(Step.welcomeInvite);
    await chat.say('whats a key worker?');
    expect(chat.step).toBe(Step.welcomeInvite);
    const words = saidIn(await chat.say(typed));
    expect(words).not.toMatch(/haven't kept that as an answer/i);
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });
});
