import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saidIn } from './journeySeed';
import { Transcript } from '../support/transcript';

/*
 * Anya, Milo's mother (English her second language), at "has your key worker given you a code?":
 * "nobody give me code. the lady from council just send me link". How she came to the chat is no
 * worry: no code, which is fine, and the chat moves on with no check.
 */

async function toInvite(): Promise<Transcript> {
  const chat = await Transcript.start({ today: '2026-12-06' });
  for (const m of ['standard', 'yes', 'i am his mum', 'Milo', 'he is 3']) await chat.say(m);
  expect(chat.step).toBe(Step.welcomeInvite);
  return chat;
}

describe('no code, and how the link came, at the code question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['nobody give me code. the lady from council just send me link', 'no code, my social worker sent me the link', 'dont have one. school emailed me the link'])(
    '"%s" is no code: no check, and the chat moves on',
    async (said) => {
      chat = await toInvite();
      const words = saidIn(await chat.say(said));
      expect(words).not.toMatch(/Are you OK|That sounds hard/);
      expect(chat.step).not.toBe(Step.welcomeInvite);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.flags ?? []).toEqual([]);
    },
  );

  it.each(['nobody give me code. my dad hits me', 'no code. the lady from council sent me the link. i want to die', 'no code. he touches me', 'no code. i dont get fed'])(
    'still heard: "%s"',
    async (said) => {
      chat = await toInvite();
      const words = saidIn(await chat.say(said));
      expect(words).toMatch(/0808 800 5000|0800 1111|116 123|Are you OK/);
    },
  );
});
