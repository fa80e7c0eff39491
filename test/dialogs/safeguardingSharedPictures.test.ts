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

describe('the pictures named again later, after the flag', () => {
  async function flaggedThenAtNeeds(): Promise<Transcript> {
    const c = await typedTo(Step.aboutMeSafe, { age: '14' });
    chat = c;
    await c.say(PICTURES_AT_SCHOOL);
    await c.say('yeah im ok');
    await c.say('carry on');
    await c.say('i want to be a mechanic');
    for (let i = 0; i < 6 && c.step?.startsWith('hopes.'); i++) await c.say('no');
    expect(c.step).toBe(Step.needsBarrier);
    return c;
  }

  it('gets no "you told me before", no "are you OK?" and no help lines again: the words are the answer they are', async () => {
    const c = await flaggedThenAtNeeds();
    const lunch = said(await c.say('the boys putting pictures of me in the group chat is why i hate lunch'));
    expect(lunch).not.toMatch(/told me about this before|Are you OK|Are you safe|0800 1111|85258/);
    expect(c.step).not.toBe(Step.safeguardingCheck);
    expect((await c.draft())?.needs.map((n) => n.text).join(' ')).toMatch(/hate lunch/);
    await c.say('nothing really');
    const again = said(await c.say('the photos in the group chat are why i hate school'));
    expect(again).not.toMatch(/told me about this before|Are you OK|Are you safe|0800 1111|85258/);
    const draft = await c.draft();
    expect(draft?.flags).toHaveLength(1);
  });
});

describe('the same harm told again and again', () => {
  it('gets the short reminder once, then nothing more than the answer it is', async () => {
    const c = await typedTo(Step.aboutMeSafe, { age: '14' });
    chat = c;
    await c.say('not always, older boys at the bus stop take my money');
    await c.say('yes im safe');
    if (c.step === Step.safeguardingCheck) await c.say('no thanks');
    if (c.step === Step.safeguardingCheck) await c.say('carry on');
    expect(c.step).toBe(Step.hopesDream);
    let told = '';
    for (const words of ['older boys at the bus stop take my money', 'the older boys at the bus stop still take my money', 'older boys take my money at the bus stop every day']) told += said(await c.say(words));
    expect(told.match(/told me about this before/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(told).not.toContain(standard('safeguarding:check.question'));
    expect((await c.draft())?.flags).toHaveLength(1);
  });
});

describe('a calm person who said they are safe', () => {
  it('is not asked again about the same worry, and sees Childline once for it', async () => {
    const c = await typedTo(Step.aboutMeSafe, { age: '14' });
    chat = c;
    let all = said(await c.say(PICTURES_AT_SCHOOL));
    all += said(await c.say('yeah im ok'));
    all += said(await c.say('carry on'));
    all += said(await c.say('i want to be a mechanic'));
    for (let i = 0; i < 6 && c.step?.startsWith('hopes.'); i++) all += said(await c.say('no'));
    for (const words of ['lunch is hard because the boys in my year are mean', 'the photos in the group chat', 'people in my year laugh at me at lunch and i hate it']) all += said(await c.say(words));
    expect(all.match(/Are you safe right now\?|Are you OK\?/g)).toHaveLength(1);
    expect(all.match(/0800 1111|116 123|85258/g)).toHaveLength(3);
    expect((await c.draft())?.flags).toHaveLength(1);
  });
});
