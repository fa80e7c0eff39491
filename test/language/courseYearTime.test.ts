import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language';

/*
 * A time in a year still to come, said by the year: "by christmas of first year" from someone
 * starting university next September is the Christmas of that first year, never this one;
 * "Year 10 mocks in June" from a Year 9 is the June when they are in Year 10.
 */

const DECEMBER = '2026-12-07';
const when = (text: string, context: Parameters<typeof findTimeframe>[1]) => findTimeframe(text, context)?.date.slice(0, 7);

describe('a year of a course about to start', () => {
  it.each([
    ['by christmas of first year', { today: DECEMBER, age: 18 }, '2027-12'],
    ['by christmas of first year', { today: DECEMBER, schoolYear: 13 }, '2027-12'],
    ['xmas of my 1st year at uni', { today: DECEMBER, age: 18 }, '2027-12'],
    ['end of first year at uni', { today: DECEMBER, age: 18 }, '2028-07'],
    ['by the end of my first year at university', { today: DECEMBER, schoolYear: 13 }, '2028-07'],
    ['by easter in my first year at college', { today: DECEMBER, schoolYear: 11 }, '2028-04'],
    ['end of second year of college', { today: DECEMBER, schoolYear: 11 }, '2029-07'],
    ['christmas of first year', { today: DECEMBER, schoolYear: 6 }, '2027-12'],
  ])('%j (%j) is %s', (text, context, month) => {
    expect(when(text, context)).toBe(month);
  });

  it('leave alone: "by christmas" alone is this Christmas', () => {
    expect(when('by christmas', { today: DECEMBER, age: 18 })).toBe('2026-12');
  });
});

describe('a month said of a school year still to come', () => {
  it.each([
    ['Year 10 mocks in June', '2028-06'],
    ['by june in year 10', '2028-06'],
    ['by june of yr 10', '2028-06'],
    ['year 11 exams by may', '2029-05'],
  ])('%j from a Year 9 is %s', (text, month) => {
    expect(when(text, { today: DECEMBER, schoolYear: 9 })).toBe(month);
  });

  it('christmas of year 7 from a Year 6 is December 2027', () => {
    expect(when('christmas of year 7', { today: DECEMBER, schoolYear: 6 })).toBe('2027-12');
  });

  it('leave alone: "in june" alone is the coming June', () => {
    expect(when('in june', { today: DECEMBER, schoolYear: 9 })).toBe('2027-06');
  });
});
