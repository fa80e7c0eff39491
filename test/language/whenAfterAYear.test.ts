import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';
import { findTimeframe } from '../../src/language/timeframe';

// "The September after Year N" is once that school year has ended (July), whatever year the person is in now.
const YEAR_12_DEC_2026 = { today: '2026-12-05', schoolYear: 12, earlyYears: false };
const YEAR_9_DEC_2026 = { today: '2026-12-05', schoolYear: 9, earlyYears: false };
const YEAR_10_DEC_2026 = { today: '2026-12-05', schoolYear: 10, earlyYears: false };

describe('a month or season after a school year', () => {
  it.each([
    ['by September after Year 13', YEAR_12_DEC_2026, '2028-09'],
    ['the september after yr 13', YEAR_12_DEC_2026, '2028-09'],
    ['in the sept after i finish year 11', YEAR_9_DEC_2026, '2029-09'],
    ['the summer after year 11', YEAR_10_DEC_2026, '2028-08'],
    ['by january after year 13', YEAR_12_DEC_2026, '2029-01'],
  ])('"%s" is that month once the year has ended, kept whole', (text, context, month) => {
    const read = readWhenAnswer(text, context);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
    expect(read.timeframe?.phrase).toBe(text);
  });

  it('reads the month in a statement too', () => {
    expect(findTimeframe('i want to start a job in a garage the september after year 13', YEAR_12_DEC_2026)?.date.slice(0, 7)).toBe('2028-09');
  });

  it('leaves alone "may" as an ordinary word', () => {
    expect(findTimeframe('i may after year 11 go to college', YEAR_10_DEC_2026)).toBeNull();
  });

  it('leaves alone what happened after a year gone by', () => {
    expect(findTimeframe('i was bullied the summer after year 6', YEAR_10_DEC_2026)).toBeNull();
  });
});
