import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// A Year 10 pupil in the Christmas holidays of 2026: the autumn term ended on Friday 18 December.
const on = (today: string) => ({ today, schoolYear: 10, earlyYears: false });

describe('"by christmas" typed in the Christmas holidays', () => {
  it.each(['2026-12-19', '2026-12-22', '2026-12-24', '2026-12-25'])('on %s it is this Christmas Day, days away: a target', (today) => {
    const read = readWhenAnswer('by christmas', on(today));
    expect(read.timeframe).toEqual({ phrase: 'by christmas', date: '2026-12-25' });
    expect(read.target).toBe(true);
    expect(read.past).toBe(false);
  });

  it.each(['2026-12-26', '2026-12-28', '2026-12-31'])('on %s it is next Christmas, a year away', (today) => {
    const read = readWhenAnswer('by christmas', on(today));
    expect(read.timeframe?.date).toBe('2027-12-20');
    expect(read.target).toBe(false);
    expect(read.past).toBe(false);
  });

  it('"by next christmas" in the days before it is the one after', () => {
    expect(readWhenAnswer('by next christmas', on('2026-12-22')).timeframe?.date).toBe('2027-12-20');
  });

  it('"after christmas" in the days before it is the end of the coming January', () => {
    expect(readWhenAnswer('after christmas', on('2026-12-22')).timeframe?.date).toBe('2027-01-31');
  });

  it('before the term ends it is still the last day of term', () => {
    expect(readWhenAnswer('by christmas', on('2026-12-18')).timeframe?.date).toBe('2026-12-18');
    expect(readWhenAnswer('by christmas', on('2026-12-05')).timeframe?.date).toBe('2026-12-18');
  });
});
