import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Kai (19) asks whether his plan has a note that he is not safe. The question is answered yes or
 * no from the draft, never met with "Are you OK?"; a worry said beside it is still heard.
 */

const standard = createWords().forMode('standard');
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const GENTLE = standard('safeguarding:gentle.question');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"is there a note that says i am not safe?"', () => {
  it('with no note: "No", the open question asked again, no check and no flag', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '19' });
    await throughAboutMe(chat);
    const replies = said(await chat.say('is there a note that says i am not safe'));
    expect(replies).toContain(standard('safeguarding:note.none'));
    expect(replies).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"does my plan say someone is hurting me? yes or no" with no note: a plain "No", no crisis lines and no flag', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '19' });
    await throughAboutMe(chat);
    const replies = said(await chat.say('Does my plan say someone is hurting me? Yes or no'));
    expect(replies).toContain(standard('safeguarding:note.none'));
    expect(replies).not.toContain('Childline');
    expect(replies).not.toContain(GENTLE);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('with a note: "Yes, there is a note", what kind and when; "... i am safe" beside it is no new worry', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '19' });
    await chat.say('people say im kind');
    await chat.say('my dog and music');
    await chat.say('tell me whats happening before it happens');
    expect(chat.step).toBe(Step.aboutMeSafe);
    await chat.say('not always');
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    const replies = said(await chat.say('is there a note in my plan about me not being safe... i am safe'));
    expect(replies).toContain(standard('safeguarding:note.yes'));
    expect(replies).toMatch(/The note says you told me/);
    expect(replies).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "is there a note? my dad hits me" still gets the safeguarding answer and a flag', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '19' });
    await throughAboutMe(chat);
    const replies = said(await chat.say('is there a note? my dad hits me'));
    expect(replies).toMatch(/999/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });
});

describe('"delete all of my hopes. none of them are real"', () => {
  it('is about the plan: never "Are you OK?", no flag', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '19' });
    await throughAboutMe(chat);
    await chat.say('get a job in a shop');
    const replies = said(await chat.say('delete all of my hopes. none of them are real'));
    expect(replies).not.toContain(GENTLE);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
