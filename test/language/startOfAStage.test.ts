import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * "before college starts" is the September the person starts it, in their own school year's
 * calendar; "by year 10" said in Year 9 is by the end of Year 9 (July 2027), never the end of Year 10.
 */
const today = '2026-12-02';

describe('the day a stage starts is the September the person starts it', () => {
  it.each([
    ['before college starts', { today, schoolYear: 11, age: 16 }, '2027-09-01'],
    ['before college starts', { today, schoolYear: 10, age: 15 }, '2028-09-01'],
    ['before sixth form begins', { today, schoolYear: 9, age: 14 }, '2029-09-01'],
    ['before year 10 starts', { today, schoolYear: 9, age: 14 }, '2027-09-01'],
    ['by the time college starts', { today, age: 16 }, '2027-09-01'],
    ['before college starts', { today, schoolYear: 12, age: 17 }, '2027-09-01'],
  ])('"%s" for %j is %s', (typed, context, date) => {
    expect(readWhenAnswer(typed, context).timeframe?.date).toBe(date);
  });
});

describe('"by year 10" said in Year 9 is by the end of Year 9', () => {
  it.each(['by year 10', 'by yr 10', 'b4 year 10', 'by the time im in year 10', 'before I go into year 10'])('"%s"', (typed) => {
    const read = readWhenAnswer(typed, { today, schoolYear: 9, age: 14 });
    expect(read.timeframe?.date).toBe('2027-07-22');
    expect(read.target).toBe(false);
  });

  it('"end of year 10" is still the end of Year 10', () => {
    expect(readWhenAnswer('end of year 10', { today, schoolYear: 9, age: 14 }).timeframe?.date.slice(0, 7)).toBe('2028-07');
  });
});

describe('starting a stage the calendar has them in already means they are not there yet', () => {
  // A 4-year-old's year worked out from the age is Reception; "before he goes up to reception" says he is at nursery.
  it.each([
    ['summer, before he goes up to reception', { today, schoolYear: 0, age: 4, earlyYears: true }, '2027-07'],
    ['before she starts big school', { today, schoolYear: 7, age: 11 }, '2027-07'],
    ['before he starts juniors', { today, schoolYear: 3, age: 7 }, '2027-07'],
    ['before he starts reception', { today, schoolYear: -1, age: 3, earlyYears: true }, '2027-07'],
  ])('"%s" for %j is in %s', (typed, context, month) => {
    expect(readWhenAnswer(typed, context).timeframe?.date.slice(0, 7)).toBe(month);
  });
});
