import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

const DRESS = { text: 'to dress himself', theme: 'independent_living' as const, needs: ['He cannot do buttons yet'] };

/** Answers the questions after the step until the read-back. */
async function toReadBack(chat: Transcript): Promise<string> {
  const answers = ['by the end of year 2', 'he can put his clothes on in the morning', 'he would feel grown up', 'he could get ready for school on his own', 'help with buttons from his TA'];
  let replies = [] as Awaited<ReturnType<Transcript['say']>>;
  for (const answer of answers) if (chat.step !== Step.outcomeConfirm) replies = await chat.say(answer);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return saidIn(replies);
}

describe("a parent's wish typed at the outcome step is read back as the child's sentence", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I want my son to dress himself", with no name given, reads back "he will dress himself"', async () => {
    ({ chat } = await startWith(parentSeed({ name: '', age: 6, schoolYear: 1 }, [DRESS])));
    await chat.say('I want my son to dress himself');
    const readBack = await toReadBack(chat);
    expect(readBack).toMatch(/By the end of Year 2, he will dress himself\./);
    expect(readBack).not.toMatch(/my son|They will/);
  });

  it('"I just want my little boy to dress himself" reads back with his name', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Sam', age: 6, schoolYear: 1 }, [DRESS])));
    await chat.say('I just want my little boy to dress himself');
    const readBack = await toReadBack(chat);
    expect(readBack).toMatch(/By the end of Year 2, Sam will dress himself\./);
    expect(readBack).not.toMatch(/little boy/);
  });
});

describe('a parent names the child with a name other than the one given', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I want Mimi to ride her bike" for Maisie reads back "Mimi will ride her bike"', async () => {
    const BIKE = { text: 'to ride her bike', theme: 'friends_and_community' as const, needs: ['She wobbles and falls off'] };
    ({ chat } = await startWith(parentSeed({ name: 'Maisie', age: 6, schoolYear: 1 }, [BIKE])));
    await chat.say('I want Mimi to ride her bike');
    const readBack = await toReadBack(chat);
    expect(readBack).toMatch(/By the end of Year 2, Mimi will ride her bike\./);
    expect(readBack).not.toMatch(/I want/);
  });
});
