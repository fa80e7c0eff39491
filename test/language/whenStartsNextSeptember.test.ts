import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// A parent of a three-year-old on 5 December 2026: no school year known, so the Reception year is a guess.
const CHILD_3_DEC_2026 = { today: '2026-12-05', age: 3, earlyYears: true };
const YEAR_6_MAR_2027 = { today: '2027-03-10', schoolYear: 6, earlyYears: false };

describe('a start said with the September it happens in', () => {
  it.each([
    ['before she starts reception next september', '2027-08-31'],
    ['by the time he starts school this coming september', '2027-08-31'],
    ['before she starts reception in september 2028', '2028-08-31'],
  ])('"%s" is by the end of the summer before that September (%s)', (text, date) => {
    const read = readWhenAnswer(text, CHILD_3_DEC_2026);
    expect(read.timeframe).toEqual({ phrase: text, date });
    expect(read.past).toBe(false);
  });

  it('"next september" said in the spring is the coming September', () => {
    expect(readWhenAnswer('before i start year 7 next september', YEAR_6_MAR_2027).timeframe?.date).toBe('2027-08-31');
  });

  it('"in september" alone names no year: the school year guessed from the age still counts', () => {
    expect(readWhenAnswer('before he starts school in september', { today: '2025-03-10', age: 3, earlyYears: true }).timeframe?.date).toBe('2026-08-31');
  });

  it('a start with no September said is still read from the school year', () => {
    expect(readWhenAnswer('before i start year 7', YEAR_6_MAR_2027).timeframe?.date).toBe('2027-07-22');
  });
});
