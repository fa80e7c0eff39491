import { describe, expect, it } from 'vitest';
import { whenLine } from '../../src/domain/whenLine';
import { findTimeframe } from '../../src/language/timeframe';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// A Year 10 pupil on 4 December 2026, and a parent of a Year 3 child on 20 July 2027.
const YEAR_10_DEC_2026 = { today: '2026-12-04', schoolYear: 10, earlyYears: false };
const YEAR_3_JUL_2027 = { today: '2027-07-20', schoolYear: 3, earlyYears: false };

describe('festivals that follow the moon, typed at "by when?"', () => {
  it.each([
    ['by eid', '2027-03-10'],
    ['eid', '2027-03-10'],
    ['by big eid', '2027-05-16'],
    ['in time for eid al adha', '2027-05-16'],
    ['after diwali', '2027-11-30'],
    ['by diwali', '2027-10-29'],
    ['before ramadan', '2027-02-07'],
    ['by the end of ramadan', '2027-03-09'],
    ['by chinese new year', '2027-02-06'],
    ['before chinese new year', '2027-02-05'],
    ['by divali 2028', '2028-10-17'],
  ])('"%s" ends on %s and keeps their words', (text, date) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.timeframe).toEqual({ phrase: text, date });
    expect(read.past).toBe(false);
  });

  it('reads the coming festival, never one already gone this year', () => {
    // By late July both Eids of 2027 are gone (10 March, 16 May): the next is in February 2028.
    expect(readWhenAnswer('by eid', YEAR_3_JUL_2027).timeframe?.date).toBe('2028-02-27');
    expect(readWhenAnswer('by diwali', YEAR_3_JUL_2027).timeframe?.date).toBe('2027-10-29');
  });

  it('a festival within about six months is a short step, one further off is an outcome', () => {
    expect(readWhenAnswer('by eid', YEAR_10_DEC_2026).target).toBe(true);
    expect(readWhenAnswer('after diwali', YEAR_10_DEC_2026).target).toBe(false);
  });

  it('"chinese new year" is not the first of January', () => {
    expect(readWhenAnswer('by chinese new year', YEAR_10_DEC_2026).timeframe?.date).not.toBe('2027-01-01');
    expect(readWhenAnswer('by new year', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-01-01');
  });

  it('a festival inside an outcome is its time', () => {
    expect(findTimeframe('I will read a story to my little sister by eid', YEAR_10_DEC_2026)).toEqual({ phrase: 'by eid', date: '2027-03-10' });
    expect(findTimeframe('make sweets with my nan before diwali', YEAR_3_JUL_2027)).toEqual({ phrase: 'before diwali', date: '2027-10-28' });
  });

  it('an eid party, or fasting in ramadan, is not a time', () => {
    expect(findTimeframe('help at the eid party at the mosque', YEAR_10_DEC_2026)).toBeNull();
    // Telling what happens at a festival is not a "by when".
    expect(findTimeframe('im fasting for ramadan with my family', YEAR_10_DEC_2026)).toBeNull();
    expect(findTimeframe('during ramadan i fast and its hard at school', YEAR_10_DEC_2026)).toBeNull();
    expect(findTimeframe('for eid we went to my aunties', YEAR_10_DEC_2026)).toBeNull();
  });

  it('the plan prints the festival with a capital and its date', () => {
    expect(whenLine('by eid', '2027-03-10')).toBe('By Eid (10 March 2027)');
    expect(whenLine('by chinese new year', '2027-02-06')).toBe('By Chinese New Year (6 February 2027)');
  });
});

describe('"X next year" for every named time', () => {
  it.each([
    ['by christmas next year', '2027-12'],
    ['by easter next year', '2027-03'],
    ['by summer next year', '2027-07'],
    ['by july next year', '2027-07'],
    ['by eid next year', '2027-03'],
    ['by diwali next year', '2027-10'],
  ])('"%s" at "by when?" and inside an outcome ends in %s', (text, month) => {
    expect(readWhenAnswer(text, YEAR_10_DEC_2026).timeframe).toEqual({ phrase: text, date: expect.stringMatching(new RegExp(`^${month}`)) });
    expect(findTimeframe(`I will swim a length on my own ${text}`, YEAR_10_DEC_2026)).toEqual({ phrase: text, date: expect.stringMatching(new RegExp(`^${month}`)) });
  });

  it('"by christmas next year" in an outcome is not this Christmas', () => {
    expect(findTimeframe('cook christmas dinner with dad by christmas next year', YEAR_10_DEC_2026)?.date).toBe('2027-12-20');
  });
});
