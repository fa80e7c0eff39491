import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/* Tilly (22) asks in her own words whether a note about a worry was made; the answer is true to the draft. */

const standard = createWords().forMode('standard');
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('whether a note was made, asked in other words', () => {
  it.each(['has a worrying note been made about me?', 'have you made a safeguarding note about me?', 'have i been flagged?'])('"%s" with no note: a plain no, never "didn\'t catch that"', async (typed) => {
    chat = await throughWelcome({ name: 'Tilly', age: '22' });
    await throughAboutMe(chat);
    const replies = said(await chat.say(typed));
    expect(replies).toContain(standard('safeguarding:note.none'));
    expect(replies).not.toMatch(/didn't catch/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
