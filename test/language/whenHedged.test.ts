import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';
import { withoutSoonSaidFirst } from '../../src/language/soonSaidFirst';

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

describe('"asap" said before the time it means', () => {
  const YEAR_9_DEC_2026 = { today: '2026-12-05', schoolYear: 9, earlyYears: false };
  it.each([
    ['asap like in 2 weeks', 'in 2 weeks', '2026-12-19'],
    ['as soon as possible, within 3 weeks', 'within 3 weeks', '2026-12-26'],
    ['asap like next week', 'next week', '2026-12-18'],
  ])('"%s" is kept as "%s", a short step', (said, phrase, date) => {
    const read = readWhenAnswer(said, YEAR_9_DEC_2026);
    expect(read.timeframe && withoutSoonSaidFirst(read.timeframe)).toEqual({ phrase, date });
    expect(read.target).toBe(true);
  });

  it('"as soon as possible" on its own is kept as it is', () => {
    expect(withoutSoonSaidFirst({ phrase: 'as soon as possible', date: '2027-03-25' }).phrase).toBe('as soon as possible');
  });
});
