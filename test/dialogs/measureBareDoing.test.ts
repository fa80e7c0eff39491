import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * At "How would you and others know you've done it?" a young person types "i do it". That is not an
 * error: it is a start. The bot asks kindly who would see them do it and how often, so the measure
 * can be checked; "they see me" then goes with it. A measure that already says who sees or how
 * often is kept as it is.
 */

const COOKING: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['I forget the steps'] };
const GOAL = 'make my own tea at home by the end of year 11';

async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 15, schoolYear: 10, hopes: [COOKING] });
  await chat.say(GOAL);
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('"i do it" at how everyone will know', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i do it', 'i can do it', 'when i do it', 'cos i done it'])('"%s" asks who would see it and how often, and is no error', async (typed) => {
    chat = await atMeasure();
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/did not get|didn.t catch/i);
    expect(texts(replies)).toMatch(/who would see you do it, and how often/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my mum sees me do it every friday');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure).toMatch(/every friday/i);
  });

  it('"they see me" after the question is kept with it', async () => {
    chat = await atMeasure();
    await chat.say('i do it');
    await chat.say('they see me');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure).toMatch(/see me/i);
  });

  it.each(['i do it every week and mum sees', 'my mum sees me do it', 'i do it 3 times'])('"%s" says who or how often, and is kept as it is', async (typed) => {
    chat = await atMeasure();
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/who would see you do it/i);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });
});
