import { describe, expect, it } from 'vitest';
import { dateOnlyChange } from '../../src/language/dateOnly';

/* At the read-back, a comment on how it sounds beside a new time changes only the date. */

const CONTEXT = { today: '2026-12-02', schoolYear: 12 };

describe('a comment on the wording beside a new date', () => {
  it.each([
    ['that sounds werid. by june 2027', '2027-06'],
    ['hmm it reads a bit odd, by june 2027', '2027-06'],
    ['doesnt sound like me. by june 2027', '2027-06'],
  ])('"%s" is a change of date only', (typed, month) => {
    expect(dateOnlyChange(typed, CONTEXT)?.date.slice(0, 7)).toBe(month);
  });

  it.each([
    'that sounds werid. i will work on the till by june 2027',
    'that sounds werid',
    'that sounds werid. i like animals. by june 2027',
  ])('"%s" is not a change of date only', (typed) => {
    expect(dateOnlyChange(typed, CONTEXT)).toBeNull();
  });
});
