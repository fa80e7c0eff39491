import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language/timeframe';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// A Year 10 pupil on 5 December 2026. Half-term breaks begin after Friday 12 February, Friday
// 28 May and Friday 22 October 2027.
const YEAR_10_DEC_2026 = { today: '2026-12-05', schoolYear: 10, earlyYears: false };
const YEAR_10_MAR_2027 = { today: '2027-03-01', schoolYear: 10, earlyYears: false };

describe('a half term named by its season or month', () => {
  it.each([
    ['spring half term', '2027-02-12'],
    ['by spring half term', '2027-02-12'],
    ['by the february half term', '2027-02-12'],
    ['by feb half term', '2027-02-12'],
    ['by summer half term', '2027-05-28'],
    ['by may half term', '2027-05-28'],
    ['by whitsun half term', '2027-05-28'],
    ['by october half term', '2027-10-22'],
    ['before the october half-term', '2027-10-22'],
    ['by autumn half term', '2027-10-22'],
  ])('"%s" is the half-term break it names (%s), in their words', (text, date) => {
    expect(readWhenAnswer(text, YEAR_10_DEC_2026).timeframe).toEqual({ phrase: text, date });
  });

  it('a February half term already gone is the next one', () => {
    expect(readWhenAnswer('by spring half term', YEAR_10_MAR_2027).timeframe?.date).toBe('2028-02-18');
  });

  it('"by half term" alone is still the next break', () => {
    expect(readWhenAnswer('by half term', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-02-12');
  });

  it('inside an outcome, the half term named is its time', () => {
    expect(findTimeframe('I will get the bus on my own by october half term', YEAR_10_DEC_2026)).toEqual({ phrase: 'by october half term', date: '2027-10-22' });
    expect(findTimeframe('I will get the bus on my own by spring half term', YEAR_10_DEC_2026)).toEqual({ phrase: 'by spring half term', date: '2027-02-12' });
  });
});
