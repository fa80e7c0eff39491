import { describe, expect, it } from 'vitest';
import { findTimeframe, findTimePhrase, hasVagueTime, type TimeContext } from '../../src/language/timeframe';

// [text, context, expected end date, expected phrase (defaults to the whole text)]
type Row = readonly [string, TimeContext, string | null, string?];

const JAN_2025_YEAR_9: TimeContext = { today: '2025-01-15', schoolYear: 9 };
const BORN_MARCH_2011: TimeContext = { today: '2025-01-15', dateOfBirth: '2011-03-10' };
const OCT_2025_YEAR_7: TimeContext = { today: '2025-10-06', schoolYear: 7 };
const SUMMER_HOLIDAY_YEAR_6: TimeContext = { today: '2025-08-12', schoolYear: 6 };
const NO_AGE: TimeContext = { today: '2025-01-15' };

const SCHOOL_YEARS: readonly Row[] = [
  ['by the end of Year 9', JAN_2025_YEAR_9, '2025-07-22'],
  ['by the end of year 11', JAN_2025_YEAR_9, '2027-07-22'],
  ['end of yr 10', JAN_2025_YEAR_9, '2026-07-22'],
  ['by the end of y11', JAN_2025_YEAR_9, '2027-07-22'],
  ['by the end of year eleven', JAN_2025_YEAR_9, '2027-07-22'],
  ['by the end of Year 11', BORN_MARCH_2011, '2027-07-22'], // DESIGN.md's worked example
  ['by the end of Year 9', OCT_2025_YEAR_7, '2028-07-21'], // 22 July 2028 is a Saturday
  ['when I finish year 8', OCT_2025_YEAR_7, '2027-07-22'],
  ['by the time I\'m in Year 9', OCT_2025_YEAR_7, '2027-07-22'], // by the time it starts, like "by year 9"
  ['before year 9', OCT_2025_YEAR_7, '2027-07-22'],
  ['by the end of Year 7', SUMMER_HOLIDAY_YEAR_6, '2026-07-22'],
  ['by the end of year 6', SUMMER_HOLIDAY_YEAR_6, '2025-07-22'], // just finished: in the past
];

const KEY_STAGES_AND_PHASES: readonly Row[] = [
  ['by the end of KS3', JAN_2025_YEAR_9, '2025-07-22'],
  ['by the end of key stage 4', JAN_2025_YEAR_9, '2027-07-22'],
  ['by the end of KS2', { today: '2025-01-15', schoolYear: 3 }, '2028-07-21'], // 22 July 2028 is a Saturday
  ['by the end of key stage 1', { today: '2025-01-15', schoolYear: 0 }, '2027-07-22'],
  ['by the end of reception', { today: '2025-01-15', schoolYear: -1 }, '2026-07-22'],
  ['when I leave school', JAN_2025_YEAR_9, '2027-07-22'],
  ['when I leave school', { today: '2025-01-15', schoolYear: 12 }, '2026-07-22'], // sixth form: Year 13
  ['when I leave college', { today: '2025-01-15', schoolYear: 12 }, '2026-07-22'],
  ['by the time I leave primary school', { today: '2025-01-15', schoolYear: 4 }, '2027-07-22'],
  ['before I start secondary school', { today: '2025-01-15', schoolYear: 5 }, '2026-07-22'],
];

const TERMS_AND_SEASONS: readonly Row[] = [
  ['by Christmas', JAN_2025_YEAR_9, '2025-12-19'],
  ['by Easter', JAN_2025_YEAR_9, '2025-04-17'],
  ['by Easter', OCT_2025_YEAR_7, '2026-04-02'],
  ['before Easter', { today: '2024-01-10' }, '2024-03-28'], // Easter 2024 was 31 March
  ['by the end of this term', JAN_2025_YEAR_9, '2025-04-17'],
  ['by the end of term', OCT_2025_YEAR_7, '2025-12-19'],
  ['next term', OCT_2025_YEAR_7, '2026-04-02'],
  ['by the end of the summer term', JAN_2025_YEAR_9, '2025-07-22'],
  ['by half term', JAN_2025_YEAR_9, '2025-02-14'],
  ['this school year', JAN_2025_YEAR_9, '2025-07-22'],
  ['this school year', SUMMER_HOLIDAY_YEAR_6, '2026-07-22'], // the summer holiday looks ahead
  ['this term', SUMMER_HOLIDAY_YEAR_6, '2025-12-19'],
  ['by next summer', JAN_2025_YEAR_9, '2025-07-22'],
  ['by next summer', OCT_2025_YEAR_7, '2026-07-22'],
  ['by next summer', SUMMER_HOLIDAY_YEAR_6, '2026-07-22'],
  ['by the summer', JAN_2025_YEAR_9, '2025-07-22'],
  ['in the autumn', JAN_2025_YEAR_9, '2025-12-19'],
  ['by summer 2027', JAN_2025_YEAR_9, '2027-07-22'],
];

const CALENDAR: readonly Row[] = [
  ['by July', JAN_2025_YEAR_9, '2025-07-31'],
  ['by March', OCT_2025_YEAR_7, '2026-03-31'],
  ['in September 2026', JAN_2025_YEAR_9, '2026-09-30'],
  ['by April next year', { today: '2026-03-10' }, '2027-04-30'],
  ['by February', { today: '2027-11-01' }, '2028-02-29'], // leap year
  ['by 3rd March 2026', JAN_2025_YEAR_9, '2026-03-03'],
  ['by 20/07/2026', JAN_2025_YEAR_9, '2026-07-20'],
  ['by the end of the year', OCT_2025_YEAR_7, '2025-12-31'],
  ['next year', OCT_2025_YEAR_7, '2026-12-31'],
  ['by 2027', JAN_2025_YEAR_9, '2027-12-31'],
  ['in 6 weeks', JAN_2025_YEAR_9, '2025-02-26'],
  ['within six months', { today: '2025-03-31' }, '2025-09-30'],
  ['in 3 months', { today: '2024-11-30' }, '2025-02-28'],
  ['in a couple of months', JAN_2025_YEAR_9, '2025-03-15'],
  ['in 2 years', JAN_2025_YEAR_9, '2027-01-15'],
  ['over the next year', JAN_2025_YEAR_9, '2026-01-15'],
  ['for the next 4 weeks', OCT_2025_YEAR_7, '2025-11-03'],
  ['this time next year', { today: '2024-02-29' }, '2025-02-28'],
  ['by my next annual review', JAN_2025_YEAR_9, '2026-01-15'],
  ['by my next review', { today: '2024-02-29' }, '2025-02-28'],
];

const AGES: readonly Row[] = [
  ['by the time I\'m 18', BORN_MARCH_2011, '2029-03-10'],
  ['when I am sixteen', BORN_MARCH_2011, '2027-03-10'],
  ['by my 16th birthday', BORN_MARCH_2011, '2027-03-10'],
  ['by the time I\'m 18', { today: '2025-01-15', dateOfBirth: '2012-02-29' }, '2030-03-01'], // leap-day birthday
  ['by the time I\'m 16', { today: '2025-01-15', dateOfBirth: '2012-02-29' }, '2028-02-29'],
  ['by age 16', { today: '2025-01-15', dateOfBirth: '2010-08-31' }, '2026-08-31'], // August birthday
  ['by the time she is 6 years old', { today: '2025-01-15', dateOfBirth: '2020-09-01' }, '2026-09-01'],
  ['by my next birthday', BORN_MARCH_2011, '2025-03-10'],
  ['by the time I\'m 20', { today: '2025-01-15', schoolYear: 10 }, '2030-07-22'], // no birthday: end of that school year
];

describe('findTimeframe', () => {
  for (const [name, rows] of [
    ['school years', SCHOOL_YEARS],
    ['key stages and phases', KEY_STAGES_AND_PHASES],
    ['terms and seasons', TERMS_AND_SEASONS],
    ['calendar dates and durations', CALENDAR],
    ['ages and birthdays', AGES],
  ] as const) {
    describe(name, () => {
      it.each(rows.map((row) => [...row] as [string, TimeContext, string | null, string?]))('%j (%o) ends %s', (text, context, date, phrase) => {
        expect(findTimeframe(text, context)).toEqual(date === null ? null : { phrase: phrase ?? text, date });
      });
    });
  }

  it('keeps the person\'s own words as the phrase', () => {
    expect(findTimeframe('By the end of Yr 9 I will catch the bus on my own', JAN_2025_YEAR_9)).toEqual({
      phrase: 'By the end of Yr 9',
      date: '2025-07-22',
    });
    expect(findTimeframe('i want to go to the park with my m8s by nxt summer innit', OCT_2025_YEAR_7)?.phrase).toBe('by nxt summer');
  });

  it('prefers an explicit deadline to a mention of the year someone is in', () => {
    expect(findTimeframe("I'm in year 9 and by christmas I want to cook a meal", JAN_2025_YEAR_9)?.date).toBe('2025-12-19');
  });

  it('lets a stated school year win over the date of birth', () => {
    const heldBack = { today: '2025-01-15', dateOfBirth: '2011-03-10', schoolYear: 8 };
    expect(findTimeframe('by the end of year 9', heldBack)?.date).toBe('2026-07-22');
  });

  it.each([
    'I fall over a lot',
    'I want to go to summer camp',
    'long term I want to be a vet',
    'I may be able to help',
    'learn the days of the week',
    'I go swimming on fridays',
    'one day I want to be a vet',
    'when I grow up I want a dog',
    'I get tired at the end of the school day',
    'three 2 year olds in my class',
    'for 20 minutes twice a week',
  ])('finds no timeframe in %j', (text) => {
    expect(findTimeframe(text, JAN_2025_YEAR_9)).toBeNull();
  });

  it('knows an age is time-bound even when it cannot be dated', () => {
    expect(findTimeframe('by the time I am 18', NO_AGE)).toBeNull();
    expect(findTimePhrase('by the time I am 18', NO_AGE)).toMatchObject({ phrase: 'by the time I am 18', date: null });
    expect(findTimePhrase('by the end of year 11', NO_AGE)?.date).toBeNull();
  });

  it('spots vague time', () => {
    expect(hasVagueTime('one day I want to live by the sea')).toBe(true);
    expect(hasVagueTime('when im older')).toBe(true);
    expect(hasVagueTime('by the end of year 11')).toBe(false);
  });

  it('ignores a bad today', () => {
    expect(findTimeframe('by Easter', { today: 'yesterday' })).toBeNull();
  });
});
