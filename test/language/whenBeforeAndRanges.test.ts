import { describe, expect, it } from 'vitest';
import { coachStep } from '../../src/language/coaching';
import { timeframeLead } from '../../src/language/timeframeLead';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * "before september 2027" is done by the end of August 2027: before a month means the end of the
 * month before. A range of time ("in a year or two", "2 or 3 years") is done by its later end, and
 * the phrase kept is the person's own, range and all.
 */

const YEAR_10_DEC_2026 = { today: '2026-12-02', schoolYear: 10, earlyYears: false };
const ADULT_DEC_2026 = { today: '2026-12-02', age: 21 };

describe('before a month is the end of the month before', () => {
  it.each([
    ['before september 2027', '2027-08-31'],
    ['b4 september', '2027-08-31'],
    ['before march', '2027-02-28'],
    ['before january 2028', '2027-12-31'],
  ])('"%s" ends on %s', (text, date) => {
    expect(readWhenAnswer(text, YEAR_10_DEC_2026).timeframe).toEqual({ phrase: text, date });
  });

  it('"before the end of march" is still the end of March', () => {
    expect(readWhenAnswer('before the end of march', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-03-31');
  });

  it('"by september 2027" is still the end of September', () => {
    expect(readWhenAnswer('by september 2027', YEAR_10_DEC_2026).timeframe?.date).toBe('2027-09-30');
  });

  it('leads the sentence in their words', () => {
    expect(timeframeLead(readWhenAnswer('before september 2027', YEAR_10_DEC_2026).timeframe!)).toBe('Before September 2027');
  });
});

describe('a range of time is done by its later end, in the person\'s words', () => {
  it.each([
    ['in a year or two', '2028-12-02'],
    ['2 or 3 years', '2029-12-02'],
    ['in 2 to 3 years time', '2029-12-02'],
    ['1-2 years', '2028-12-02'],
    ['in a month or so', '2027-01-02'],
    ['in a year or so', '2027-12-02'],
  ])('"%s" keeps its words and ends on %s', (text, date) => {
    expect(readWhenAnswer(text, ADULT_DEC_2026).timeframe).toEqual({ phrase: text, date });
  });

  it('reads a range inside the step itself', () => {
    const coached = coachStep('cook a meal for my family on my own in a year or two', ADULT_DEC_2026);
    expect(coached.action).toBe('accept');
    expect(coached.timeframe).toEqual({ phrase: 'in a year or two', date: '2028-12-02' });
  });

  it('says a bare range as a span from today', () => {
    expect(timeframeLead({ phrase: '2 or 3 years', date: '2029-12-02' })).toBe('By December 2029 (in 2 or 3 years)');
  });

  it('does not read how often as a time', () => {
    expect(coachStep('go to the gym 2 or 3 days a week', ADULT_DEC_2026).timeframe).toBeNull();
  });

  it('keeps the first of two times said as a second guess', () => {
    expect(readWhenAnswer('by christmas? or after half term idk', YEAR_10_DEC_2026).timeframe?.phrase).toBe('by christmas');
  });
});

describe('a time said, then put right', () => {
  const YEAR_10 = { today: '2026-12-04', schoolYear: 10, earlyYears: false };
  it.each([
    ['by christmas, well maybe by easter', 'by easter', '2027-03-25'],
    ['july. actually september', 'september', '2027-09-30'],
    ['next summer no wait christmas', 'christmas', '2026-12-18'],
    ['by easter, i mean by the summer', 'by the summer', '2027-07-22'],
  ])('"%s": the last time said counts', (text, phrase, date) => {
    expect(readWhenAnswer(text, YEAR_10).timeframe).toEqual({ phrase, date });
  });

  it('a reason after the time is not a second time', () => {
    expect(readWhenAnswer('by the summer well thats when i finish school', YEAR_10).timeframe?.date).toBe('2027-07-22');
  });
});
