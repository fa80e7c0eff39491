import { describe, expect, it } from 'vitest';
import { findTimeframe, type TimeContext } from '../../src/language/timeframe';

/*
 * A holiday, season or term said of a school year ("Christmas of Year 7") is that year's, never the
 * coming one: a pupil in Year 6 in December 2026 is in Year 7 from September 2027.
 */
const YEAR_6: TimeContext = { today: '2026-12-02', schoolYear: 6 };
const YEAR_10_SUMMER: TimeContext = { today: '2026-06-10', schoolYear: 10 };

describe('a time inside a named school year', () => {
  it.each([
    ['by xmas in year 7', '2027-12-20'],
    ['christmas of yr 8', '2028-12-20'],
    ['By Christmas when I am in Year 7', '2027-12-20'],
    ['by the summer of year 9', '2030-07-22'],
    ['summer in y9', '2030-07-22'],
    ['Easter in year 11', '2032-03-25'],
    ['before easter of year eleven', '2032-03-25'],
    ['in the spring of year 10', '2031-04-10'],
    ['by year 8 christmas', '2028-12-20'],
    ['the end of the autumn term in year 7', '2027-12-20'],
    ['before the summer holidays in year 9', '2030-07-22'],
    ['by the end of the summer holidays of year 7', '2028-08-31'],
    ['end of Year 8', '2029-07-20'],
    ['start of year 7', '2027-09-01'],
    ['by the beginning of year 7', '2027-09-01'],
    ['at the start of year 7', '2027-10-22'],
    ['by the middle of year 7', '2028-02-18'],
  ])('"%s" for a Year 6 pupil is %s', (said, date) => {
    expect(findTimeframe(said, YEAR_6)?.date).toBe(date);
  });

  it('keeps the whole phrase as the person said it', () => {
    expect(findTimeframe('i will read a chapter book by christmas of year seven', YEAR_6)?.phrase).toBe('by christmas of year seven');
  });

  it('"by Christmas" alone is still the coming Christmas', () => {
    expect(findTimeframe('by christmas', YEAR_6)?.date).toBe('2026-12-18');
  });

  it('in June of Year 10, "Easter in Year 11" is the coming Easter, and Christmas the coming Christmas', () => {
    expect(findTimeframe('easter in year 11', YEAR_10_SUMMER)?.date).toBe('2027-03-25');
    expect(findTimeframe('christmas in year 11', YEAR_10_SUMMER)?.date).toBe('2026-12-18');
  });
});
