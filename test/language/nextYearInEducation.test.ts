import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * "next year" at "by when?" on 6 December 2026. For someone in education (a school year, or 18 or
 * under) it is next summer, when the school or college year ends; for an adult with no school year
 * it is the end of 2027. "the end of next year" is always 31 December.
 */
describe('"next year" at "by when?"', () => {
  it.each([
    [{ schoolYear: 10 }, '2027-07-22'],
    [{ age: 15 }, '2027-07-22'],
    [{ age: 17 }, '2027-07-22'],
    [{ age: 20 }, '2027-12-31'],
  ])('for %o is %s', (person, date) => {
    expect(readWhenAnswer('next year', { today: '2026-12-06', ...person }).timeframe?.date).toBe(date);
  });

  it('"by the end of next year" stays 31 December 2027 at school too', () => {
    expect(readWhenAnswer('by the end of next year', { today: '2026-12-06', schoolYear: 10 }).timeframe?.date).toBe('2027-12-31');
  });

  it('"this year" at school is still the end of the school year in progress', () => {
    expect(readWhenAnswer('this year', { today: '2026-12-06', schoolYear: 10 }).timeframe?.date).toBe('2027-07-22');
  });
});
