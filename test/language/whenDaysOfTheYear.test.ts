import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language/timeframe';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// A Year 10 pupil on 5 December 2026. Easter Sunday 2027 is 28 March, 2028 is 16 April.
const YEAR_10_DEC_2026 = { today: '2026-12-05', schoolYear: 10, earlyYears: false };

describe('a day of the year is that day, not the end of its month', () => {
  it.each([
    ['bonfire nite next year', '2027-11-05'],
    ['by bonfire night', '2027-11-05'],
    ['by pancake day', '2027-02-09'],
    ['shrove tuesday', '2027-02-09'],
    ['by mothers day', '2027-03-07'],
    ['mothering sunday', '2027-03-07'],
    ['by fathers day', '2027-06-20'],
    ["by father's day next year", '2027-06-20'],
    ['by valentines day', '2027-02-14'],
    ['by halloween', '2027-10-31'],
    ['by pancake day 2028', '2028-02-29'],
    ['by mothers day 2028', '2028-03-26'],
  ])('"%s" is %s, in their words', (text, date) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.timeframe).toEqual({ phrase: text, date });
    expect(read.past).toBe(false);
  });

  it('"before" a day is the day before it', () => {
    expect(readWhenAnswer('before pancake day', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-02-08');
  });

  it('easter and its holidays are the end of the spring term, computed from Easter Sunday', () => {
    expect(readWhenAnswer('by easter', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-03-25');
    expect(readWhenAnswer('easter holidays', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-03-25');
    expect(readWhenAnswer('by easter 2028', YEAR_10_DEC_2026).timeframe?.date).toBe('2028-04-13');
  });

  it('inside an outcome, the day named with "by" is its time', () => {
    expect(findTimeframe('I will make pancakes with my dad by pancake day', YEAR_10_DEC_2026)).toEqual({ phrase: 'by pancake day', date: '2027-02-09' });
  });

  it('a thing done for the day is not read as a time in a longer answer', () => {
    expect(readWhenAnswer('i will buy my mum flowers for mothers day and make her a card', YEAR_10_DEC_2026).timeframe).toBeNull();
  });
});
