import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Imran (14, Year 9) asked "Start with 'I will ...'" types "i will pass maths and english": that is the outcome, never how to know. */

const SAY_IT = /Start with "/;
const MEASURE = 'i get a 4 in maths and english';

describe('an "I will ..." answer when asked to say it as one thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is the outcome, and the measure said before is kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Imran', age: 14, schoolYear: 9, hopes: [{ text: 'pass my exams', theme: 'learning_and_work', needs: ['I find reading hard'] }] }));
    await chat.say('revise for my exams every week');
    await chat.say('end of year 11');
    await chat.say(MEASURE);
    for (let i = 0; i < 4 && chat.step !== Step.outcomeConfirm; i++) await chat.say('skip');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('no');
    const asked = saidIn(await chat.say('maths'));
    expect(asked).toMatch(SAY_IT);
    const reply = saidIn(await chat.say('i will pass maths and english'));
    expect(reply).not.toMatch(SAY_IT);
    expect(reply).toMatch(/I will pass maths and english/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe(MEASURE);
    expect(outcome.statement).toMatch(/I will pass maths and english/i);
  });
});
