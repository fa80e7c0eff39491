import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Tariq (14, Year 9) types the question's word back before his answer at "by when?": "When By july 2027". */
describe('"When By july 2027" at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps "By july 2027" and moves on', async () => {
    chat = (await startWith({ today: '2026-12-05', name: 'Tariq', age: 14, schoolYear: 9, hopes: [{ text: 'pass my exams', theme: 'learning_and_work', needs: ['I find reading hard'] }] })).chat;
    await chat.say('i will read a whole book on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('When By july 2027');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'By july 2027', date: '2027-07-31' });
  });
});
