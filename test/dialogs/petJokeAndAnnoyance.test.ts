import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/*
 * Marcy (14, sarcastic) got "That sounds hard. Are you OK?" for a joke about her cat and for
 * annoyance with the bot beside a command. Neither is asked after; "nobody in the house likes me"
 * said alone is, and "im annoyed he hits me" is still heard.
 */

const said = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');
const CHECK = /Are you OK\?/;
const ANSWER = /0800 1111|999/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atImportant(): Promise<Transcript> {
  chat = await Transcript.start({ today: TODAY, safeguarding: 'lead' });
  for (const m of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Marcy', 'year 9', 'No code', 'im funny i guess']) await chat.say(m);
  return chat;
}

describe('a joke about a pet, or annoyance with the chat, is never asked after', () => {
  it.each(['my cat likes me more than anyone else in the house', 'this is so annoying. delete the thing that makes it hard'])('"%s": no "Are you OK?", no help lines', async (typed) => {
    const c = await atImportant();
    const words = said(await c.say(typed));
    expect(words).not.toMatch(CHECK);
    expect(words).not.toMatch(ANSWER);
  });

  it('"nobody in the house likes me", said alone, is asked after gently', async () => {
    const c = await atImportant();
    const words = said(await c.say('nobody in the house likes me'));
    expect(words).toMatch(CHECK);
    expect(words).not.toMatch(/lovely|I've kept/);
  });

  it.each(['im annoyed he hits me', 'my cat likes me more than anyone else in the house. my mums boyfriend hits me'])('"%s" is still heard', async (typed) => {
    const c = await atImportant();
    const words = said(await c.say(typed));
    expect(words).toMatch(ANSWER);
  });
});
