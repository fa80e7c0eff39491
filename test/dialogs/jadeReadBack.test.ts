import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Jade, 17, types in text-speak; the outcome read-back says her words in everyday spelling. */

const JADE: Seed = {
  today: '2026-12-02',
  name: 'Jade',
  age: 17,
  schoolYear: 12,
  hopes: [{ text: 'get a job in a shop', theme: 'learning_and_work', needs: ['maths n money'] }],
};

/** Answers each outcome question in her words until the read-back; what the read-back said. */
async function toReadBack(chat: Transcript, step: string): Promise<string> {
  let last = saidIn(await chat.say(step));
  let helped = false;
  for (let turn = 0; turn < 8 && chat.step !== Step.outcomeConfirm; turn++) {
    const answer =
      chat.step === Step.outcomeWhen ? 'by the end of this yr'
      : chat.step === Step.outcomeMeasure ? 'my manager says im doing ok'
      : chat.step === Step.outcomeDoesForMe ? 'i would feel proud of myself'
      : chat.step === Step.outcomeMakesPossible ? 'get my own money'
      : chat.step === Step.outcomeProvides ? (helped ? 'nothing more' : 'a job coach')
      : 'no';
    if (chat.step === Step.outcomeProvides) helped = true;
    last = saidIn(await chat.say(answer));
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
  return last;
}

describe('Jade\'s outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"this yr" is read back as "this year", and her own phrase is kept as typed', async () => {
    ({ chat } = await startWith(JADE));
    const readBack = await toReadBack(chat, 'work on the till by the end of this yr');
    expect(readBack).toMatch(/By the end of this year \(July 2027\), I will work on the till\./);
    expect(readBack).not.toMatch(/\byr\b/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toMatch(/this yr/);
  });

  it('"that sounds werid. by june 2027" changes only the date, and the comment is never in the sentence', async () => {
    ({ chat } = await startWith(JADE));
    await toReadBack(chat, 'work on the till by the end of this yr');
    const reply = saidIn(await chat.say('that sounds werid. by june 2027'));
    expect(reply).toMatch(/By June 2027, I will work on the till\./);
    expect(reply).not.toMatch(/werid|sounds/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By June 2027, I will work on the till.');
  });
});
