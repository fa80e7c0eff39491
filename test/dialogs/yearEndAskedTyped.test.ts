import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { setYoungPerson, startOutcome } from '../../src/domain/draft';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Jaz, 17, at college, on 7 December: "end of the year" at "by when?" is only three weeks away if
 * it means December, so the bot asks whether she means December or the end of the college year in
 * July; it never keeps a silent date of 31 December. A date put right at "first step or short
 * step?" replaces the soon one and leaves no step behind.
 */
const seedOn = (today: string, age: number, education?: 'college' | 'school', schoolYear?: number): Seed => ({
  today,
  name: 'Jaz',
  age,
  ...(schoolYear !== undefined ? { schoolYear } : {}),
  hopes: [{ text: 'be a mechanic', theme: 'learning_and_work', needs: ['i get stuck on the written bits'] }],
  change: (d) => {
    const placed = education ? setYoungPerson(d, { education }) : d;
    return startOutcome(placed, { statement: 'fix a car on my own at college, like change the oil and brakes', aspirationId: placed.aspirations[0]!.id, needIds: [placed.needs[0]!.id] }).draft;
  },
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeWhen, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
});
const jaz = seedOn('2026-12-07', 17, 'college', 12);
const outcomeOf = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!;

describe('"end of the year" at "by when?" late in the year', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function typed(seed: Seed, words: string): Promise<string> {
    ({ chat } = await startWith(seed));
    return saidIn(await chat.say(words));
  }

  it.each(['end of the year', 'by the end of this year', 'End of the year.', 'end of yr i think', 'um by the end of the year'])(
    'Jaz at college typing "%s" is asked December or July, with no date kept yet',
    async (words) => {
      const said = await typed(jaz, words);
      expect(said).toMatch(/December/);
      expect(said).toMatch(/college year/);
      expect(said).not.toMatch(/is soon/);
      expect(chat.step).toBe(Step.outcomeWhen);
      const outcome = await outcomeOf(chat);
      expect(outcome.timeframe).toBeFalsy();
      expect(outcome.steps ?? []).toEqual([]);
    },
  );

  it.each([
    ['july', '2027-07-22'],
    ['the college year one', '2027-07-22'],
    ['no i mean the end of college year, july', '2027-07-22'],
  ])('"%s" then keeps %s as the goal\'s date, with no first step', async (answer, date) => {
    await typed(jaz, 'end of the year');
    await chat.say(answer);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const outcome = await outcomeOf(chat);
    expect(outcome.timeframe?.date).toBe(date);
    expect(outcome.steps ?? []).toEqual([]);
  });

  it('"december" is taken as said: soon, so the first step question follows', async () => {
    await typed(jaz, 'end of the year');
    const said = saidIn(await chat.say('december'));
    expect(said).toMatch(/soon/);
  });

  it('a pupil in Year 10 is asked about the school year, not college', async () => {
    const said = await typed(seedOn('2026-12-07', 15, 'school', 10), 'end of the year');
    expect(said).toMatch(/school year/);
  });

  it.each([
    ['in March', seedOn('2027-03-10', 17, 'college', 12)],
    ['from an adult at work', seedOn('2026-12-07', 30)],
  ])('%s "end of the year" is not asked about', async (_when, seed) => {
    const said = await typed(seed, 'end of the year');
    expect(said).not.toMatch(/Do you mean December/);
  });

  it('"end of year 13" names a school year and is read at once', async () => {
    await typed(jaz, 'end of year 13');
    expect((await outcomeOf(chat)).timeframe?.date).toBe('2028-07-21');
  });
});

describe('a date put right at "first step or short step?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'no i mean the end of college year, july',
    'no sorry, by july',
    'i meant the end of the college year',
    'sorry i mean by next summer',
  ])('"%s" after "by christmas" replaces the date and keeps no step with the old date', async (fix) => {
    ({ chat } = await startWith(jaz));
    const said = saidIn(await chat.say('by christmas'));
    expect(said).toMatch(/soon/);
    await chat.say(fix);
    const outcome = await outcomeOf(chat);
    expect(outcome.timeframe?.date).toMatch(/^2027-07-/);
    expect(outcome.steps ?? []).toEqual([]);
  });
});
