import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { readQuestionAsked } from '../../src/language/questionAsked';
import type { Transcript } from '../support/transcript';
import { addAboutMe } from '../../src/domain/operations';
import { saidIn, startWith } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/*
 * A 12-year-old asks back about an "about me" question ("what do you mean by strengths?", "support
 * how?", "whats a strength"): the question is explained in everyday words with an example, asked
 * again, and nothing is kept as their answer.
 */

let chat: Transcript;
afterEach(async () => chat?.close());

const EMPTY = { strengths: [], important: [], support: [] };

async function at(step: string, easyRead = false): Promise<Transcript> {
  chat = await throughWelcome({ name: 'Kai', age: '12' });
  if (easyRead) await chat.say('easy read');
  if (step !== Step.aboutMeStrengths) await chat.say('i am funny');
  if (step === Step.aboutMeSupport) await chat.say('my cat');
  expect(chat.step).toBe(step);
  return chat;
}

describe('a question back at an "about me" question', () => {
  it.each([
    [Step.aboutMeStrengths, 'what do you mean by strengths?'],
    [Step.aboutMeStrengths, 'strengths?'],
    [Step.aboutMeStrengths, 'whats a strength'],
    [Step.aboutMeStrengths, 'what does admire mean'],
    [Step.aboutMeImportant, 'important how?'],
    [Step.aboutMeImportant, 'what counts as important'],
    [Step.aboutMeSupport, 'support how?'],
    [Step.aboutMeSupport, 'what do u mean support'],
  ])('at %s, "%s" is explained with an example and kept nowhere', async (step, typed) => {
    await at(step);
    const before = (await chat.draft())!.aboutMe;
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/for example/i);
    expect(chat.step).toBe(step);
    expect((await chat.draft())!.aboutMe).toEqual(before);
  });

  it('in easy read too, and the next answer is kept', async () => {
    await at(Step.aboutMeSupport, true);
    const said = saidIn(await chat.say('support how?'));
    expect(said).toMatch(/for example/i);
    expect((await chat.draft())!.aboutMe.support).toEqual([]);
    await chat.say('give me time to answer');
    expect((await chat.draft())!.aboutMe.support.join(' ')).toMatch(/time to answer/);
  });

  it.each(['dont know. what people', 'idk. which people?', "i don't know... what people do you mean"])(
    '"%s": not knowing, with a question back, is explained and asked again, with no praise and nothing kept',
    async (typed) => {
      await at(Step.aboutMeStrengths);
      const said = saidIn(await chat.say(typed));
      expect(said).toMatch(/friends, family/i);
      expect(said).not.toMatch(/lovely|thank/i);
      expect(chat.step).toBe(Step.aboutMeStrengths);
      expect((await chat.draft())!.aboutMe).toEqual(EMPTY);
    },
  );

  it('nothing is asked back at the start', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '12' });
    await chat.say('strengths?');
    expect((await chat.draft())!.aboutMe).toEqual(EMPTY);
  });
});

/** "what people" kept as a strength by mistake (and praised), and the next question asked. */
async function questionKeptAsStrength(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-11-02',
    name: 'Kai',
    age: 14,
    hopes: [],
    change: (d) => addAboutMe(d, 'strengths', 'what people'),
    at: () => ({ stage: 'aboutMe', step: Step.aboutMeImportant }),
    journey: { history: [{ stage: 'aboutMe', step: Step.aboutMeStrengths }], answered: { [`${Step.aboutMeStrengths}|`]: ['aboutMe/strengths/0'] } },
  }));
  return chat;
}

describe('a question back that was kept as an answer by mistake', () => {
  it.each([
    'thats not lovely i said i dont know. you didnt answer what people',
    'you didnt answer my question',
    'u never answered which people',
  ])('"%s": sorry, the question back answered, the question asked again, and nothing kept', async (typed) => {
    await questionKeptAsStrength();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/sorry/i);
    expect(said).toMatch(/friends, family/i);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())!.aboutMe).toEqual(EMPTY);
    await chat.say('i make people laugh');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())!.aboutMe).toEqual({ ...EMPTY, strengths: ['i make people laugh'] });
  });
});

describe('answers with the question words in them stay answers', () => {
  it.each([
    'what is important to me is my family',
    'support me by giving me time',
    'football?',
    'helps',
    'im strong',
    'my strengths are drawing and being kind',
    'what helps is my mum',
  ])('"%s"', (typed) => expect(readQuestionAsked(typed)).toBeNull());
});
