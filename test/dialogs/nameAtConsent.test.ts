import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saidIn } from './journeySeed';
import { Transcript } from '../support/transcript';

/* A young person says who they are at "Is it OK for me to keep your answers?". */

async function toConsent(): Promise<Transcript> {
  const chat = await Transcript.start({ today: '2026-12-06' });
  await chat.say('standard');
  expect(chat.step).toBe(Step.welcomeConsent);
  return chat;
}

describe('a name typed at the consent question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['its me, im nadia', 'im nadia', 'its nadia here'])('"%s": nice to meet you, and the consent question again', async (typed) => {
    chat = await toConsent();
    const words = saidIn(await chat.say(typed));
    expect(words).toMatch(/Nice to meet you, Nadia\./);
    expect(words).not.toMatch(/didn.t catch/);
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say('yes');
    expect(chat.step).not.toBe(Step.welcomeConsent);
  });

  it('"my dad hits me" is still heard as a worry', async () => {
    chat = await toConsent();
    const words = saidIn(await chat.say('im nadia and my dad hits me'));
    expect(words).toMatch(/Childline|999/);
  });
});
