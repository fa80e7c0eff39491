import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * One answer cut into two outcomes, and one date said: he was asked "by when?" again for the second,
 * and the two got different dates. Each outcome's date is asked, so none is copied without asking,
 * but the first one's date is offered for the second: "same" keeps the two on one date.
 */

const JOB: SeedHope = { text: 'get a paid job after my internship', theme: 'learning_and_work', needs: ['interviews make me nervous'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [JOB] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by next summer',
  [Step.outcomeMeasure]: 'my job coach will sign it off',
  [Step.outcomeDoesForMe]: 'I would feel ready',
  [Step.outcomeMakesPossible]: 'getting a paid job',
  [Step.outcomeProvides]: 'time with my job coach',
  [Step.outcomeConfirm]: 'yes',
};

describe('one date for two outcomes cut from one answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the second outcome is offered the date said for the first, and "same" gives the two one date', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('get to lessons on time and practise my maths for an hour every week');
    for (let turn = 0; turn < 10 && chat.step !== Step.outcomeAnother; turn++) await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    const first = (await chat.draft())!.outcomes[0]!;
    expect(first.timeframe?.date).toBeTruthy();
    await chat.say('yes');
    const steps: string[] = [];
    if (chat.step === Step.outcomeStep) await chat.say('I will practise maths for an hour every week');
    for (let turn = 0; turn < 4 && chat.step !== Step.outcomeMeasure; turn++) {
      steps.push(chat.step ?? '');
      await chat.say(chat.step === Step.outcomeWhen ? 'same' : (ANSWERS[chat.step ?? ''] ?? 'yes'));
    }
    expect(steps).toContain(Step.outcomeWhen);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.timeframe?.date).toBe(first.timeframe?.date);
  });
});
