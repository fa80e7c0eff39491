import { describe, expect, it } from 'vitest';
import { coachStep } from '../../src/language/coaching';
import { findTimeframe } from '../../src/language/timeframe';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// Mock exams are sat in January of Year 11 (Year 13 in the sixth form) on England's school calendar.
const YEAR_11_DEC_2026 = { today: '2026-12-04', schoolYear: 11, earlyYears: false };
const YEAR_10_DEC_2026 = { today: '2026-12-04', schoolYear: 10, earlyYears: false };
const YEAR_12_OCT_2026 = { today: '2026-10-05', schoolYear: 12, earlyYears: false };

describe('mock exams as a time', () => {
  it.each([
    ['by my mocks', '2026-12-31'],
    ['before my mock exams', '2026-12-31'],
    ['after my mocks', '2027-01-31'],
    ['when i have done my mocks', '2027-01-31'],
  ])('a Year 11 pupil in December: "%s" ends %s, soon enough to be a short step', (text, date) => {
    const read = readWhenAnswer(text, YEAR_11_DEC_2026);
    expect(read.timeframe).toEqual({ phrase: text, date });
    expect(read.target).toBe(true);
    expect(read.past).toBe(false);
  });

  it('a Year 10 pupil sits them in Year 11: a year off, an outcome', () => {
    const read = readWhenAnswer('after my mocks', YEAR_10_DEC_2026);
    expect(read.timeframe?.date).toBe('2028-01-31');
    expect(read.target).toBe(false);
  });

  it('in the sixth form the mocks are in Year 13', () => {
    expect(readWhenAnswer('by my mocks', YEAR_12_OCT_2026).timeframe?.date).toBe('2027-12-31');
  });

  it('a step said with the mocks is a short step for a Year 11 pupil', () => {
    const coached = coachStep('revise for half an hour every night before my mocks', YEAR_11_DEC_2026);
    expect(coached.action).toBe('target');
    expect(coached.timeframe?.phrase).toBe('before my mocks');
  });

  it('mocks talked about without a time word are not a time', () => {
    expect(findTimeframe('i was really stressed in my mocks', YEAR_11_DEC_2026)).toBeNull();
  });
});

describe('mocks in a story or a feeling', () => {
  it.each([
    'i had a panic attack before my mocks but the counsellor helped me',
    "i'm dead tired after my mock exams",
    'i need a scribe for mocks',
  ])('"%s" names no "by when"', (text) => {
    expect(findTimeframe(text, YEAR_11_DEC_2026)).toBeNull();
  });
});
