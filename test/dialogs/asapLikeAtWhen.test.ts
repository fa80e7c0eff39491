import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Imran (14, Year 9) in December types "asap like after christmas" or "asap like in 2 weeks" at
 * "by when?": the time is "after christmas" or "in 2 weeks", never "asap like".
 */

const imran = async () => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Imran', age: 14, schoolYear: 9, hopes: [{ text: 'pass my exams', theme: 'learning_and_work', needs: ['I find reading hard'] }] });
  await chat.say('i will read a whole book on my own');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
};

describe('"asap like" said before a time at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps only the time, and a short step kept says the step, never the time', async () => {
    chat = await imran();
    await chat.say('asap like after christmas');
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    const kept = await chat.say('keep it short');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'after christmas', date: '2027-01-31' });
    expect(JSON.stringify(await chat.draft())).not.toMatch(/asap/i);
    expect(saidIn(kept)).toMatch(/short step/i);
    expect(saidIn(kept)).toContain('read a whole book on my own');
    expect(saidIn(kept)).not.toMatch(/short step: "after christmas"/i);
  });

  it('"asap like in 2 weeks" keeps "in 2 weeks", a step on the way', async () => {
    chat = await imran();
    const offer = await chat.say('asap like in 2 weeks');
    expect(saidIn(offer)).toContain('"in 2 weeks"');
    expect(saidIn(offer)).not.toMatch(/asap/i);
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    await chat.say('keep it short');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'in 2 weeks', date: '2026-12-19' });
    expect(JSON.stringify(await chat.draft())).not.toMatch(/asap/i);
  });
});
