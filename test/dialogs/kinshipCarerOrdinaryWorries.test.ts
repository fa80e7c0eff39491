import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, typeUntil } from '../support/typedWay';

/*
 * Pat, Ellie's nan and carer, tells of ordinary worries about Ellie's needs (wetting, drinking little at school, a
 * clinic waiting list, playing alone). Those are needs for the plan: never "Are you OK?", also after an earlier note.
 */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');
const PAT = { who: 'A parent or carer', name: 'Ellie', age: '6' } as const;
const KERRY = 'her mum is my daughter Kerry but she has problems with drugs and she turns up at the house sometimes out of nowhere';
const WAY = {
  [Step.aboutMeImportant]: 'her routine and knowing where i am',
  [Step.aboutMeSupport]: 'keep to her routine and tell her what is happening next',
  [Step.hopesDream]: 'to be dry at night',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'no', 'no', 'no'],
};

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const ORDINARY = [
  'she sleeps very deep... she wont drink much in the day at school because she doesnt like asking to go to the toilet... waiting list for the enuresis clinic, been waiting 8 months',
  'at the moment when i ask who she played with she says nobody',
  'she still wets the bed most nights and we have been on the waiting list for ages',
  'she says nobody plays with her at dinner time',
  'she wont use the school toilets so she holds it all day',
  'she doesnt drink enough at school, the teacher says she wont ask to go',
  'i ask who she played with and she says no one',
  'she plays on her own at playtime',
  'we are still waiting for the bladder clinic, nearly a year now',
  'she has accidents at school because she wont ask the teacher',
];

describe("a carer's ordinary worries about the child's needs", () => {
  it.each(ORDINARY)('%j at "what makes it hard?": no "Are you OK?", no note', async (typed) => {
    chat = await typedTo(Step.needsBarrier, PAT, WAY);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toContain(GENTLE);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(ORDINARY)('%j after a note about her mum: no "Are you OK?", no second note', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    await typeUntil(chat, Step.needsBarrier, { ...WAY, [Step.safeguardingCheck]: ['yes we are safe', 'carry on'] });
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toContain(GENTLE);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('still heard: "she says nobody plays with her and the big girls push her over" gets the answer', async () => {
    chat = await typedTo(Step.needsBarrier, PAT, WAY);
    const replies = saidIn(await chat.say('she says nobody plays with her and the big girls push her over every day'));
    expect(replies).toMatch(CRISIS);
  });
});
