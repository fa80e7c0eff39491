import { describe, expect, it } from 'vitest';
import { parseAgeOrYear } from '../../src/language/ageOrYear';
import { findTimeframe } from '../../src/language/timeframe';
import { timeframeLead } from '../../src/language/timeframeLead';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// Words people typed to the bot, with the dates they meant on England's school calendar.
const NURSERY_DEC_2026 = { today: '2026-12-02', schoolYear: -1, earlyYears: true };
const YEAR_10_DEC_2026 = { today: '2026-12-02', schoolYear: 10, earlyYears: false };
const YEAR_7_DEC_2026 = { today: '2026-12-02', schoolYear: 7, earlyYears: false };

describe('the school year a parent or pupil is in', () => {
  it.each([
    ["he's in nursery at the moment and starts Reception next September", -1],
    ['nursery, starts reception in september', -1],
    ['she is in year 6 and starts year 7 in september', 6],
    ['starts year 7 in september', 6],
    ['going into year 1 next year', 0],
  ])('"%s" is school year %i now', (text, year) => {
    expect(parseAgeOrYear(text).schoolYear).toBe(year);
  });
});

describe('starting a school year is a date ahead: the end of the school year (or the summer) before it', () => {
  it.each([
    // A start said to be in September: by the end of the August before it.
    ['By the time he starts Reception in September', '2027-08-31'],
    ['starts Reception next September', '2027-08-31'],
    ['by the time he starts year 1', '2028-07-21'],
  ])('"%s" from a nursery parent ends %s and is not gone by', (text, date) => {
    const read = readWhenAnswer(text, NURSERY_DEC_2026);
    expect(read.timeframe?.date).toBe(date);
    expect(read.past).toBe(false);
  });

  // Femi, Grace's father: the summer he names is the end of the summer term, not September nor the end of August.
  it.each([
    ['By the summer, before she starts Reception in September.', '2027-07-22'],
    ['by the summer, before september', '2027-07-22'],
    ['before she starts Reception in September, so by July', '2027-07'],
  ])('"%s" ends in July 2027', (text, date) => {
    expect(readWhenAnswer(text, NURSERY_DEC_2026).timeframe?.date).toMatch(new RegExp(`^${date}`));
    expect(findTimeframe(text, NURSERY_DEC_2026)?.date).toMatch(/^2027-07/);
  });

  it('leave alone: "before he starts Reception in September" alone is still the end of August', () => {
    expect(readWhenAnswer('before he starts Reception in September', NURSERY_DEC_2026).timeframe?.date).toBe('2027-08-31');
  });

  it('keeps the September in the phrase and leads the sentence with it', () => {
    const read = readWhenAnswer('By the time he starts Reception in September', NURSERY_DEC_2026);
    expect(read.timeframe?.phrase).toBe('By the time he starts Reception in September');
    expect(timeframeLead({ phrase: 'starts Reception next September', date: '2027-07-22' })).toMatch(/^Before starting Reception next September/);
  });
});

describe('a Year 10 pupil at "by when?"', () => {
  it.each(['year 11', 'Year 11', 'by the end of year 11', 'end of yr 11'])('"%s" is the end of Year 11 (July 2028)', (text) => {
    expect(readWhenAnswer(text, YEAR_10_DEC_2026).timeframe?.date).toBe('2028-07-21');
  });

  it('finds the time said inside a reworded outcome', () => {
    expect(findTimeframe('by the end of year 11 i will go to the shop on my own', YEAR_10_DEC_2026)?.date).toBe('2028-07-21');
  });
});

describe('"now", "asap", "straight away": a short time, said kindly', () => {
  it.each(['now', 'asap', 'straight away', 'ASAP!', 'right now lol', 'as soon as possible'])('"%s" is soon, by the end of this term', (text) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.timeframe).toEqual({ phrase: 'as soon as possible', date: '2026-12-18' });
    expect(read.target).toBe(true);
  });
});

describe('the phrase kept is tidy', () => {
  it.each([
    ['next summer then', 'next summer'],
    ['by christmas? or after half term idk', 'by christmas'],
    ['end of this year tbh', 'end of this year'],
    ['um by easter i guess', 'by easter'],
  ])('"%s" is kept as "%s"', (text, phrase) => {
    expect(readWhenAnswer(text, YEAR_10_DEC_2026).timeframe?.phrase).toBe(phrase);
  });

  it('"Until next September" leads as "By next September"', () => {
    expect(timeframeLead({ phrase: 'Until next September (2027)', date: '2027-09-30' })).toBe('By next September (2027)');
    expect(timeframeLead({ phrase: 'next summer then', date: '2027-07-22' })).toBe('By next summer (July 2027)');
  });
});

describe('"end of this year" from a pupil is the end of the school year', () => {
  it('is July for a Year 7 pupil in December', () => {
    expect(readWhenAnswer('end of this year', YEAR_7_DEC_2026).timeframe?.date).toBe('2027-07-22');
  });
  it('is still 31 December for someone not at school', () => {
    expect(readWhenAnswer('end of this year', { today: '2026-12-02', age: 20, earlyYears: false }).timeframe?.date).toBe('2026-12-31');
  });
});

describe('a span with "and a half" is half a unit more', () => {
  it.each([
    ['in a year and a half', '2028-06-02'],
    ['within two and a half years', '2029-06-02'],
    ['in a month and a half', '2027-02-02'],
  ])('"%s" said on 2 December 2026 ends %s', (text, date) => {
    const read = readWhenAnswer(text, YEAR_7_DEC_2026);
    expect(read.timeframe).toEqual({ phrase: text, date });
  });

  it('a month and a half is a short step, a year and a half an outcome', () => {
    expect(readWhenAnswer('in a month and a half', YEAR_7_DEC_2026).target).toBe(true);
    expect(readWhenAnswer('in a year and a half', YEAR_7_DEC_2026).target).toBe(false);
  });
});

describe('a time said twice, or with the end of their course, is kept whole', () => {
  const YEAR_11_DEC_2026 = { today: '2026-12-02', schoolYear: 11, earlyYears: false };
  it.each([
    ['when she leaves school this summer', '2027-07'],
    ['by the time i finish year 11 in the summer', '2027-07'],
    ['at the end of my apprenticeship next summer', '2027-07'],
    ['end of my placement in july', '2027-07'],
  ])('"%s" keeps its words and means %s', (text, month) => {
    const read = readWhenAnswer(text, YEAR_11_DEC_2026);
    expect(read.timeframe?.phrase).toBe(text);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
  });

  it('a reason said beside the time is still left out', () => {
    expect(readWhenAnswer('next summer coz thats when my mum says', YEAR_11_DEC_2026).timeframe?.phrase).toBe('next summer');
  });
});

describe('a school stage or exams named without who starts them', () => {
  const YEAR_4_DEC_2026 = { today: '2026-12-02', schoolYear: 4, earlyYears: false };
  const YEAR_11_DEC_2026 = { today: '2026-12-02', schoolYear: 11, earlyYears: false };
  const YEAR_12_DEC_2026 = { today: '2026-12-02', schoolYear: 12, earlyYears: false };
  it.each([
    ['before high school', YEAR_4_DEC_2026, '2029-07'],
    ['by secondary', YEAR_4_DEC_2026, '2029-07'],
    ['before starting sixth form', YEAR_11_DEC_2026, '2027-07'],
    ['after my gcses', YEAR_11_DEC_2026, '2027-07'],
    ['once i have done my GCSE exams', YEAR_11_DEC_2026, '2027-07'],
    ['after my a levels', YEAR_12_DEC_2026, '2028-07'],
  ])('"%s" means %s', (text, context, month) => {
    const read = readWhenAnswer(text, context);
    expect(read.timeframe?.phrase).toBe(text);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
  });

  it('"before school" is a time of day, and "a level 2 course" is no exam', () => {
    expect(readWhenAnswer('before school', YEAR_4_DEC_2026).timeframe).toBeNull();
    expect(readWhenAnswer('after a level 2 course', YEAR_12_DEC_2026).timeframe).toBeNull();
  });
});

describe('part of next year, a stage they will be in, and "around" a time', () => {
  const YEAR_10_NOW = { today: '2026-12-02', schoolYear: 10, earlyYears: false };
  it.each([
    ['early next year', '2027-03'],
    ['by the middle of next year', '2027-06'],
    ['late next yr', '2027-12'],
    ['by the time she is in sixth form', '2028-07'],
    ['around easter', '2027-03'],
    ['sometime in the summer', '2027-07'],
  ])('"%s" keeps its words and means %s', (text, month) => {
    const read = readWhenAnswer(text, YEAR_10_NOW);
    expect(read.timeframe?.phrase).toBe(text);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
  });

  it('early next year is a short step, the middle of it an outcome', () => {
    expect(readWhenAnswer('early next year', YEAR_10_NOW).target).toBe(true);
    expect(readWhenAnswer('mid next year', YEAR_10_NOW).target).toBe(false);
  });
});

describe('a time chosen after "I think", beside a question about the choices', () => {
  it.each([
    'What is the difference between 3 months and 6 months for this, which is better? I think 6 months because it is new for her.',
    'I think 6 months',
    'we would choose 6 months',
  ])('%j is 6 months (June 2027)', (text) => {
    expect(readWhenAnswer(text, NURSERY_DEC_2026).timeframe?.date).toBe('2027-06-02');
  });
  it('leave alone: "i think she is too young" is no time', () => {
    expect(readWhenAnswer('i think she is too young', NURSERY_DEC_2026).timeframe).toBeNull();
  });
});

describe('a remark about a month is no time for the step', () => {
  it.each(['july is my birthday month', 'March is my favourite month!', 'may is my mums birthday'])('"%s" reads no date', (said) => {
    expect(readWhenAnswer(said, YEAR_10_DEC_2026).timeframe).toBeNull();
  });

  it.each([
    ['by july', '2027-07-31'],
    ['july is when i want it done', '2027-07-31'],
  ])('"%s" still reads %s', (said, date) => {
    expect(readWhenAnswer(said, YEAR_10_DEC_2026).timeframe?.date).toBe(date);
  });
});
