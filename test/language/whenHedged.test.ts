import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// Answers to "by when?" that say how sure they are before the time: the time is read, the hedge is not kept.
const YEAR_6_DEC_2026 = { today: '2026-12-05', schoolYear: 6, earlyYears: false };

describe('a time said after words of how sure they are', () => {
  it.each([
    ['realistically maybe a year?', 'a year', '2027-12-05'],
    ['maybe a year', 'a year', '2027-12-05'],
    ['honestly probably two years', 'two years', '2028-12-05'],
    ['perhaps 6 months', '6 months', '2027-06-05'],
    ['realistically by next summer', 'by next summer', '2027-07-22'],
  ])('"%s" is kept as "%s", by %s', (said, phrase, date) => {
    expect(readWhenAnswer(said, YEAR_6_DEC_2026).timeframe).toEqual({ phrase, date });
  });

  it('a hedge with no time after it is still no time', () => {
    expect(readWhenAnswer('realistically maybe', YEAR_6_DEC_2026).timeframe).toBeNull();
    expect(readWhenAnswer('probably never', YEAR_6_DEC_2026).timeframe).toBeNull();
  });
});
