import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/*
 * A threat written, texted or said to keep a young person quiet ("he leaves me notes about hurting
 * me if i tell") is harm from others wherever it is typed: the warm answer and a flag, never a note
 * about something else.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const categories = async (chat: Transcript) => ((await chat.draft())?.flags ?? []).map((f) => f.category);

describe('a threat written down or sent', () => {
  it.each([
    [Step.hopesDream, 'he leaves me notes about hurting me if i tell'],
    [Step.aboutMeStrengths, 'he leaves me notes about hurting me if i tell'],
    [Step.hopesDream, "he says he'll hurt me if i tell"],
    [Step.hopesDream, 'she texts me saying she will batter me'],
  ] as [StepId, string][])('at %s, %j gets the warm answer and a harm flag', async (step, typed) => {
    chat = await typedTo(step, { name: 'Sam', age: '14' });
    const replies = await chat.say(typed);
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    expect(await categories(chat)).toEqual(['harm_from_others']);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('"why did u put a note about harming me" is a question about the chat\'s own note: no check, no answer, no flag', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = said(await chat.say('why did u put a note about harming me'));
    expect(replies).not.toMatch(/are you ok/i);
    expect(replies).not.toContain(standard('safeguarding:childline'));
    expect(await categories(chat)).toEqual([]);
  });

  it('leave alone: "i keep harming myself" still gets the warm answer and a self-harm flag', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = said(await chat.say('i keep harming myself'));
    expect(replies).toContain(standard('safeguarding:childline'));
    expect(await categories(chat)).toEqual(['self_harm_or_suicide']);
  });
});
