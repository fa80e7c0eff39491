import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typeUntil } from '../support/typedWay';

/*
 * Pat, Ellie's nan and carer, after the note about Ellie's mum: "why are you giving me the NSPCC number, shes safe
 * with me". Answered truly (the number is given to everyone who tells of a worry; it does not mean the chat thinks the
 * child is unsafe with her), never kept as plan content; the question is asked again.
 */

const PAT = { who: 'A parent or carer', name: 'Ellie', age: '6' } as const;
const KERRY = 'her mum is my daughter Kerry but she has problems with drugs and she turns up at the house sometimes out of nowhere';
const WAY = {
  [Step.safeguardingCheck]: ['yes we are safe', 'carry on'],
  [Step.aboutMeImportant]: 'her routine and knowing where i am',
  [Step.aboutMeSupport]: 'keep to her routine and tell her what is happening next',
  [Step.hopesDream]: 'to make friends at school',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'no', 'no', 'no'],
  [Step.needsBarrier]: 'she gets very anxious with new people',
};

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a carer asks why she was given the NSPCC number', () => {
  it.each([
    'why are you giving me the NSPCC number, shes safe with me',
    'why do you keep asking if im ok',
    'i dont need a helpline',
    'im not a danger to him',
    'why did you give me that number? she is perfectly safe here',
    'i dont need the nspcc, i look after her fine',
  ])('%j at "what already helps?": answered, never kept', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    await typeUntil(chat, Step.needsHelps, WAY);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/everyone|anyone who/i);
    expect(replies).toMatch(/not (?:because|mean)/i);
    const draft = await chat.draft();
    expect(JSON.stringify(draft?.needs)).not.toMatch(/nspcc|helpline|safe with me|danger|asking/i);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each(['why do you keep asking if im ok, her mum hit her yesterday', 'the school nurse gave me a helpline number for bedwetting'])('read as ever: %j is not taken for a question about the number', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    await typeUntil(chat, Step.needsHelps, WAY);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/everyone who tells me of a worry/);
  });
});
