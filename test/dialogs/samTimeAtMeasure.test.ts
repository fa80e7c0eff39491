import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Sam, 18, first year at college: a time said at "how will everyone know?" is the when, kept whole, never a measure. */

const sam = async () => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Sam', age: 18, schoolYear: 13, hopes: [{ text: 'get a job in a garage', theme: 'learning_and_work', needs: ['I find new places hard'] }] });
  await chat.say('do a work placement at a garage');
  if (chat.step === Step.outcomeWhen) await chat.say('not sure');
  return chat;
};

describe('a time said at "how will everyone know?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['by the end of college next year', 'end of college next year', 'by the end of college nxt yr', 'when i finish college next year', 'by the end of my course'])('"%s" is the when, whole, and the measure is asked again', async (typed) => {
    chat = await sam();
    for (let i = 0; i < 4 && chat.step !== Step.outcomeMeasure; i++) await chat.say(chat.step === Step.outcomeDoesForMe ? 'i would feel grown up' : chat.step === Step.outcomeMakesPossible ? 'i could get a job' : chat.step === Step.outcomeProvides ? 'a job coach' : 'not sure');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const reply = saidIn(await chat.say(typed));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').not.toMatch(/year|college|course/i);
    expect(outcome.timeframe?.phrase).toBe(typed);
    void reply;
    expect(chat.step).toBe(Step.outcomeMeasure);
  });
});
