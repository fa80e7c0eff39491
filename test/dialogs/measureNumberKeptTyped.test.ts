import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * A 15-year-old at "How will everyone know?": "less detentions, like 1 a week" keeps its number.
 * "less detentions" alone is the goal itself, so the bot asks once more; "like 1 a week" then goes
 * with "less detentions", never kept as a bare number.
 */
const NATHAN = {
  today: '2026-12-02',
  name: 'Nathan',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'stay in school and not get kicked out', theme: 'learning_and_work' as const, needs: ['i get loads of detentions'] }],
};
const measureOf = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.measure ?? '';

describe('a number at the measure question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atMeasure(): Promise<void> {
    ({ chat } = await startWith(NATHAN));
    await chat.say('i will get less detentions by the end of year 10');
    expect(chat.step).toBe(Step.outcomeMeasure);
  }

  it('"less detentions, like 1 a week" is kept with its number', async () => {
    await atMeasure();
    await chat.say('less detentions, like 1 a week');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect(await measureOf(chat)).toBe('less detentions, like 1 a week');
  });

  it.each([
    ['like 1 a week', 'less detentions, like 1 a week'],
    ['twice a month max', 'less detentions, twice a month max'],
    ['1 a week', 'less detentions, 1 a week'],
  ])('"less detentions", asked again, then "%s" keeps "%s"', async (typed, kept) => {
    await atMeasure();
    await chat.say('less detentions');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect(await measureOf(chat)).toBe(kept);
  });
});
