import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// A Year 10 in December 2026: Year 11 ends in July 2028, so "after Year 11" is September 2028.
const YEAR_10_DEC_2026 = { today: '2026-12-07', schoolYear: 10, earlyYears: false };

describe('a school year said first at "by when?"', () => {
  it.each([
    ['after yr 11 so like september next year', 'after yr 11', '2028-09-30'],
    ['after year 11, september 2027', 'after year 11', '2028-09-30'],
    ['after year 11', 'after year 11', '2028-09-30'],
    ['once ive finished year 11', 'once ive finished year 11', '2028-09-30'],
    ['after year 10 in october', 'after year 10', '2027-10-31'],
  ])('"%s" is kept as "%s", by %s: the school year wins', (said, phrase, date) => {
    expect(readWhenAnswer(said, YEAR_10_DEC_2026).timeframe).toEqual({ phrase, date });
  });

  it('a calendar time later than the school year is kept', () => {
    expect(readWhenAnswer('after yr 11, in 2029', YEAR_10_DEC_2026).timeframe?.date).toBe('2029-12-31');
  });

  it('look-alikes keep their reading', () => {
    expect(readWhenAnswer('september next year', YEAR_10_DEC_2026).timeframe).toEqual({ phrase: 'september next year', date: '2027-09-30' });
    expect(readWhenAnswer('when i finish year 11', YEAR_10_DEC_2026).timeframe?.date).toBe('2028-07-21');
    // A school year already over names no time to come.
    expect(readWhenAnswer('after year 9', YEAR_10_DEC_2026).timeframe).toBeNull();
  });
});

describe('"soon" said on its own before the time named', () => {
  const SPORT = { ...YEAR_10_DEC_2026, seasonSport: true };
  it.each([
    ['soon. next season', 'next season', '2027-08-31'],
    ['soon, by christmas', 'by christmas', '2026-12-18'],
    ['asap. by easter', 'by easter', '2027-03-25'],
    ['quickly! next summer', 'next summer', '2027-07-22'],
  ])('"%s" is kept as "%s"', (said, phrase, date) => {
    expect(readWhenAnswer(said, SPORT).timeframe).toEqual({ phrase, date });
  });

  it('"soon" alone names no time, so the time is asked for', () => {
    expect(readWhenAnswer('soon', SPORT).timeframe).toBeNull();
    expect(readWhenAnswer('soon.', SPORT).timeframe).toBeNull();
  });
});
