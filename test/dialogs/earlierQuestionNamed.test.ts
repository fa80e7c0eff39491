import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { aboutMePartNamed } from '../../src/language/earlierQuestion';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/*
 * "can we go back to the question about school": exactly the "about me" question named is asked
 * again (feeling safe at home, at school and online), never one after it, and never kept as a hope.
 * Once it is answered, the chat goes back to where it was.
 */

async function answerAboutMe(chat: Transcript, until: StepId): Promise<void> {
  const answers: Partial<Record<StepId, string>> = {
    [Step.aboutMeStrengths]: 'fixing bikes, im good with my hands',
    [Step.aboutMeImportant]: 'My cat',
    [Step.aboutMeSupport]: 'Give me time to answer',
    [Step.aboutMeSafe]: 'yeah i do',
  };
  while (chat.step !== until) await chat.say(answers[chat.step as StepId]!);
}

describe('going back to the question named', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['can we go back to the question about school', Step.aboutMeSafe],
    ['can we go back to the question about strengths', Step.aboutMeStrengths],
    ['go back to the question about what is important', Step.aboutMeImportant],
  ])('%j at the open dream asks that question, keeps no hope, and comes back to the dream', async (typed, step) => {
    chat = await throughWelcome();
    await answerAboutMe(chat, Step.hopesDream);
    await chat.say(typed);
    expect(chat.step).toBe(step);
    expect((await chat.draft())!.aspirations).toEqual([]);
    await chat.say(step === Step.aboutMeSafe ? 'yes i feel safe' : 'people say im funny');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())!.aspirations).toEqual([]);
  });

  it('"go back to the strengths question" at the support question asks only that one, then support again', async () => {
    chat = await throughWelcome();
    await answerAboutMe(chat, Step.aboutMeSupport);
    const replies = await chat.say('can we go back to the strengths question');
    expect(saidIn(replies)).toMatch(/admire/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.say('people say im funny');
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())!.aboutMe.strengths.join(' ')).toMatch(/funny/);
  });
});

describe('which question the words name', () => {
  it.each([
    ['school', 'safe'],
    ['feeling safe', 'safe'],
    ['strengths', 'strengths'],
    ['what is important to me at school', 'important'],
    ['help at school', 'support'],
  ])('%j names %j', (words, part) => expect(aboutMePartNamed(words)).toBe(part));
  it.each(['football', 'my dream'])('%j names none', (words) => expect(aboutMePartNamed(words)).toBeNull());
});
