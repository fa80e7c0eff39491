import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Zara, 16, Year 11, finds a date on her outcome that she never gave. At "how would you know?" she
 * says so and gives the right one: the date is put right to what she said, never kept as the
 * measure, and the measure is still asked.
 */

const STEP = 'do a week of work experience at a vets';

async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-07', name: 'Zara', age: 16, schoolYear: 11,
    hopes: [{ text: 'i want to work with animals, maybe as a vet nurse', theme: 'learning_and_work', needs: ['new places make me anxious'] }],
    change: (d) => {
      const started = startOutcome(d, { statement: STEP, aspirationId: d.aspirations[0]!.id, needIds: [] });
      return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'september 2027', date: '2027-09-30' } });
    },
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeMeasure, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
  });
  return chat;
}

describe('a date she did not give, put right at the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i didn\'t give a date for this one. ... so by the end of this school year." changes the date, keeps no measure, asks the measure again', async () => {
    chat = await atMeasure();
    const replies = saidIn(await chat.say("i didn't give a date for this one. work experience is in july. so by the end of this school year."));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date.slice(0, 7)).toBe('2027-07');
    expect(outcome.measure ?? null).toBeNull();
    expect(replies).toMatch(/end of this school year/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('a measure said plainly is still the measure, and the date stays', async () => {
    chat = await atMeasure();
    await chat.say('my placement supervisor signs my log book every day');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toMatch(/log book/);
    expect(outcome.timeframe?.phrase).toBe('september 2027');
  });
});
