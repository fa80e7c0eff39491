import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { typedTo, type Person } from '../support/typedWay';

/*
 * Bullying told at "Do you feel safe?" gets advice that fits what was said. Pictures of them passed
 * round are not a job for screenshots: an adult they trust can ask for them to be taken down, and
 * for under-18s Childline's Report Remove can help. Someone who is not in the chat cannot screenshot
 * it. A worry that is "at school mostly" is not called an online one.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const EASY_READ_MAX_WORDS = 15;
const PICTURES_AT_SCHOOL = 'no not really. some boys from my year put pictures of me in a group chat, im not in it, its at school mostly';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const sentences = (text: string) => text.split(/(?<=[.?!:])\s+|\n/).map((s) => s.trim()).filter(Boolean);

async function toldAtSafe(words: string, person: Person = { age: '14' }): Promise<string> {
  chat = await typedTo(Step.aboutMeSafe, person);
  return said(await chat.say(words));
}

describe('pictures of a 14-year-old put in a group chat he is not in, at school mostly', () => {
  it('is told to tell an adult at school who can ask for them to be taken down, and of Report Remove; no screenshots, not called online', async () => {
    const text = await toldAtSafe(PICTURES_AT_SCHOOL);
    expect(text).not.toMatch(/screenshot/i);
    expect(text).not.toMatch(/online, and|like that online/);
    expect(text).toContain(standard('safeguarding:bullying.heardPictures'));
    expect(text).toContain(standard('safeguarding:bullying.picturesTellAdult'));
    expect(text).toContain(standard('safeguarding:bullying.reportRemove'));
    for (const line of ['0800 1111', '85258', '999']) expect(text).toContain(line);
    expect(chat?.step).toBe(Step.safeguardingCheck);
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it('in easy read: the same help in short sentences', async () => {
    const text = await toldAtSafe(PICTURES_AT_SCHOOL, { age: '14', mode: 'Easy read' });
    expect(text).not.toMatch(/screenshot/i);
    expect(text).toContain(easy('safeguarding:bullying.reportRemove'));
    for (const sentence of sentences(text)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
  });

  it('"they shared a video of me on snapchat": no screenshots of pictures of them, the adult and Report Remove', async () => {
    const text = await toldAtSafe('not always, people shared a video of me on snapchat and laughed at it');
    expect(text).not.toMatch(/screenshot/i);
    expect(text).toContain(standard('safeguarding:bullying.reportRemove'));
  });

  it('an adult of 20 is not offered Report Remove, which is for under-18s', async () => {
    const text = await toldAtSafe('not really, people at college put photos of me in a group chat', { age: '20' });
    expect(text).not.toMatch(/screenshot/i);
    expect(text).not.toContain(standard('safeguarding:bullying.reportRemove'));
  });
});

describe('a chat they are not in', () => {
  it('"they talk about me in a group chat im not in": no screenshots, an adult they trust', async () => {
    const text = await toldAtSafe('not always, girls in my class say horrible stuff about me in a group chat im not in');
    expect(text).not.toMatch(/screenshot/i);
    expect(text).toContain(standard('safeguarding:bullying.tellAdult'));
  });

  it('messages sent to them still get screenshot, block and report', async () => {
    const text = await toldAtSafe('not really, they send me horrible messages on snapchat every night');
    expect(text).toContain(standard('safeguarding:bullying.online'));
    expect(text).toContain(standard('safeguarding:bullying.heardOnline'));
  });
});
