import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startOutcome } from '../../src/domain/draft';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * "next year" at "by when?", typed in December by a 15-year-old in Year 10: it may mean the end of
 * this school year (July 2027) or the end of 2027. The bot asks which, kindly, and keeps the one
 * chosen. In the spring, or from an adult, "next year" is read as before (the calendar year's end).
 */
const seedOn = (today: string, age: number, schoolYear?: number): Seed => ({
  today,
  name: 'Nathan',
  age,
  ...(schoolYear !== undefined ? { schoolYear } : {}),
  hopes: [{ text: 'stay in school and not get kicked out', theme: 'learning_and_work', needs: ['i get loads of detentions'] }],
  change: (d) => startOutcome(d, { statement: 'I will get 1 detention a week or less', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] }).draft,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeWhen, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
});
const timeframeOf = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.timeframe;

describe('"next year" at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function nextYearSaid(seed: Seed, typed = 'next year'): Promise<string> {
    ({ chat } = await startWith(seed));
    return saidIn(await chat.say(typed));
  }

  it.each([
    ['end of this school year', '2027-07-22'],
    ['july', '2027-07-22'],
    ['End of next year', '2027-12-31'],
    ['december', '2027-12-31'],
  ])('in the autumn term it is asked about; "%s" keeps %s', async (answer, date) => {
    const said = await nextYearSaid(seedOn('2026-12-02', 15, 10));
    expect(said).toMatch(/July 2027/);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(await timeframeOf(chat)).toBeFalsy();
    await chat.say(answer);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await timeframeOf(chat))?.date).toBe(date);
  });

  it('"by next year" typed again is read as the end of 2027, never asked a third time', async () => {
    await nextYearSaid(seedOn('2026-12-02', 15, 10), 'by next year');
    await chat.say('next year');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await timeframeOf(chat))?.date).toBe('2027-12-31');
  });

  it.each([
    ['in the spring term', seedOn('2027-03-10', 15, 10), '2028-12-31'],
    ['from an adult', seedOn('2026-12-02', 22), '2027-12-31'],
  ])('%s it is kept at once', async (_when, seed, date) => {
    await nextYearSaid(seed);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await timeframeOf(chat))?.date).toBe(date);
  });
});
