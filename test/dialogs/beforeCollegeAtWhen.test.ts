import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Kai (16, Year 11) says when by what comes next in his life: college, his exams. */

const kai = async (schoolYear = 11) => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Kai', age: schoolYear + 5, schoolYear, hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['I get lost on buses'] }] });
  await chat.say('get the bus to college on my own');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
};

describe('"before college" and "by exams" at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"before college so i can get there myself": the end of Year 11, in his words, and the reason kept apart', async () => {
    chat = await kai();
    const said = await chat.say('before college so i can get there myself');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'before college', date: '2027-07-22' });
    expect(outcome.statement).not.toMatch(/get there myself/i);
    expect(outcome.doesForMe ?? '').toMatch(/get there myself/i);
    expect(saidIn(said)).toMatch(/what it would do for you/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it.each([
    ['by exams', 11, '2027-06-30'],
    ['before my exams', 11, '2027-06-30'],
    ['before my exams', 10, '2027-07-22'],
    ['by the time i start college', 11, '2027-07-22'],
  ] as const)('"%s" in Year %i is %s, kept in their words', async (typed, year, date) => {
    chat = await kai(year);
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: typed, date });
  });
});
