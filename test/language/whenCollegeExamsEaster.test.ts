import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

const year = (schoolYear: number, today = '2026-12-05') => ({ today, schoolYear, age: schoolYear + 5 });

describe('times said by what comes next in life', () => {
  it.each([
    ['before college', 11, '2027-07-22'],
    ['maybe before college', 11, '2027-07-22'],
    ['by the time i start college', 11, '2027-07-22'],
    ['before i go to secondary', 6, '2027-07-22'],
    ['by exams', 11, '2027-06-30'],
    ['before my exams', 11, '2027-06-30'],
    ['by my exams', 13, '2027-06-30'],
    ['before my exams', 9, '2027-07-22'],
  ] as const)('"%s" in Year %i ends %s, in the words said', (text, schoolYear, date) => {
    expect(readWhenAnswer(text, year(schoolYear)).timeframe).toEqual({ phrase: text.replace(/^maybe /, ''), date });
  });

  it('"before college so i can get there myself": the phrase is only "before college"', () => {
    expect(readWhenAnswer('before college so i can get there myself', year(11)).timeframe).toEqual({ phrase: 'before college', date: '2027-07-22' });
  });

  it('"before college" once at college is a time of day, never a date', () => {
    expect(readWhenAnswer('before college', year(12)).timeframe).toBeNull();
  });

  it.each(['i was stressed before my exams', 'she helps me test myself before exams', 'i drink every day before college', 'the bridge by the college', 'half a bottle of vodka before college'])(
    '"%s" tells what happens, or where, not by when',
    (text) => {
      expect(readWhenAnswer(text, year(11)).timeframe).toBeNull();
    },
  );
});

describe('Easter and Christmas', () => {
  it.each(['by easter', 'easter'])('"%s" is the end of the spring term, before Easter', (text) => {
    expect(readWhenAnswer(text, year(11)).timeframe).toEqual({ phrase: text, date: '2027-03-25' });
  });

  it('"after easter" is soon after Easter, not the end of the summer term, and a short step when near', () => {
    const read = readWhenAnswer('after easter', year(11));
    expect(read.timeframe).toEqual({ phrase: 'after easter', date: '2027-04-30' });
    expect(read.target).toBe(true);
  });

  it('"after christmas" said in December is January, a short step', () => {
    const read = readWhenAnswer('after christmas', year(11));
    expect(read.timeframe?.phrase).toBe('after christmas');
    expect(read.timeframe?.date.startsWith('2027-01')).toBe(true);
    expect(read.target).toBe(true);
  });
});
