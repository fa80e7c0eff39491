import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

/*
 * Kai (19) answers "Do you feel safe?" with a "no" that was about the question before, and gets
 * the safety words. When he says so, the bot says sorry, asks the safety question again, and the
 * flag stays, marked as taken back by him. Harm told beside the taking back is never taken back.
 */

const standard = createWords().forMode('standard');
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atSafeQuestion(): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Kai', age: '19' });
  await c.say('people say im kind');
  await c.say('my dog and music');
  await c.say('tell me whats happening before it happens');
  expect(c.step).toBe(Step.aboutMeSafe);
  return c;
}

describe('a "no" at "Do you feel safe?" that was about the question before', () => {
  it('"that was about the last question": sorry, the safety question again, the flag kept and marked taken back', async () => {
    chat = await atSafeQuestion();
    expect(said(await chat.say('no'))).toMatch(/116 123/);
    const replies = said(await chat.say('that was about the last question'));
    expect(replies).toContain(standard('safeguarding:misread.sorry'));
    expect(chat.step).toBe(Step.aboutMeSafe);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]?.takenBackAt).toBeDefined();
    await chat.say('yes i feel safe');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toHaveLength(1);
    // Asked about the note, he hears that it says he took the answer back.
    const note = said(await chat.say('is there a note that says i am not safe'));
    expect(note).toContain(standard('safeguarding:note.yes'));
    expect(note).toContain(standard('safeguarding:note.takenBack'));
  });

  it('"i didnt mean that", said at "carry on or stop?", is heard the same way', async () => {
    chat = await atSafeQuestion();
    await chat.say('no');
    await chat.say('yes im safe');
    const replies = said(await chat.say('i didnt mean that'));
    expect(replies).toContain(standard('safeguarding:misread.sorry'));
    expect(chat.step).toBe(Step.aboutMeSafe);
  });

  it('leave alone: "that was about the last question. my dad hits me" is not taken back', async () => {
    chat = await atSafeQuestion();
    await chat.say('no');
    const replies = said(await chat.say('that was about the last question. my dad hits me'));
    expect(replies).not.toContain(standard('safeguarding:misread.sorry'));
    expect((await chat.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  it('leave alone: a worry told in words ("no. people at college hit me") is never taken back', async () => {
    chat = await atSafeQuestion();
    await chat.say('no. people at college hit me');
    const replies = said(await chat.say('i didnt mean that'));
    expect(replies).not.toContain(standard('safeguarding:misread.sorry'));
    expect((await chat.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
