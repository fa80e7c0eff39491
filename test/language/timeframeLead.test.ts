import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';
import { timeframeLead } from '../../src/language/timeframeLead';
import { readWhenAnswer } from '../../src/language/whenAnswer';
import type { CoachContext } from '../../src/language/coaching';

const YEAR_9: CoachContext = { today: '2026-12-02', schoolYear: 9, age: 14 };
const AGED_4: CoachContext = { today: '2026-12-02', age: 4, earlyYears: true };

/** The read-back of "I will go to youth club on my own" with the time as the person typed it. */
function sentence(typed: string, context: CoachContext, childName?: string): string {
  const { timeframe } = readWhenAnswer(typed, context);
  return outcomeSentence({ step: 'go to youth club on my own', timeframe, ...(childName !== undefined ? { childName } : {}) });
}

describe('the time at the start of an outcome', () => {
  it('leads "now", "right now" and "asap" as "As soon as possible", never with a month beside it', () => {
    for (const typed of ['now', 'right now', 'asap']) {
      expect(sentence(typed, YEAR_9)).toBe('As soon as possible, I will go to youth club on my own.');
    }
  });

  it('reads a bare span of time as counted from today, even misspelt', () => {
    const AGED_19: CoachContext = { today: '2026-12-02', age: 19 };
    expect(sentence('a year', AGED_19)).toBe('By December 2027 (in a year), I will go to youth club on my own.');
    expect(sentence('6 munfs', AGED_19)).toBe('By June 2027 (in 6 months), I will go to youth club on my own.');
  });

  it('reads an age, with only the age known, as the summer they will surely be that age: never a birthday', () => {
    const AGED_20: CoachContext = { today: '2025-03-10', age: 20 };
    expect(sentence('wen im 22', AGED_20)).toBe("By July 2027 (when I'm 22), I will go to youth club on my own.");
    expect(readWhenAnswer('by the time im 23', AGED_20).timeframe?.date).toMatch(/^2028-07-/);
    expect(readWhenAnswer('when im 22', { today: '2025-10-10', age: 20 }).timeframe?.date).toMatch(/^2027-07-/);
  });

  it('reads "before I finish college in July" as that July, never the month after it', () => {
    const AGED_19: CoachContext = { today: '2026-12-05', age: 19 };
    expect(sentence('before i finish college in july', AGED_19)).toBe('Before I finish college in July 2027, I will go to youth club on my own.');
    expect(sentence('before july', AGED_19)).toBe('Before July 2027, I will go to youth club on my own.');
  });

  it('reads a start in September as by the end of the summer before it, in their words', () => {
    const AGED_3: CoachContext = { today: '2025-03-10', age: 3, earlyYears: true };
    expect(readWhenAnswer('Before he starts school in September', AGED_3).timeframe?.date).toBe('2026-08-31');
    expect(sentence('before he starts school in September', { today: '2025-03-10', age: 4, earlyYears: true })).toBe('Before he starts school in September 2025, I will go to youth club on my own.');
    expect(readWhenAnswer('before i start college in september', { today: '2025-03-10', schoolYear: 11, age: 16 }).timeframe?.date).toBe('2025-08-31');
  });

  it('keeps their words, spelled right, with the month and year they mean', () => {
    expect(sentence('by sumer', YEAR_9)).toBe('By summer (July 2027), I will go to youth club on my own.');
    expect(sentence('next summer', YEAR_9)).toBe('By next summer (July 2027), I will go to youth club on my own.');
    expect(sentence('by christmas', YEAR_9)).toBe('By Christmas (December 2026), I will go to youth club on my own.');
    expect(sentence('easter', YEAR_9)).toBe('By Easter (March 2027), I will go to youth club on my own.');
    expect(sentence('next september', YEAR_9)).toBe('By next September (2027), I will go to youth club on my own.');
    expect(sentence('by july', YEAR_9)).toBe('By July 2027, I will go to youth club on my own.');
  });

  it('adds the month a span from today ends in, in brackets, once', () => {
    expect(sentence('In 6 munths', YEAR_9)).toBe('By June 2027 (in 6 months), I will go to youth club on my own.');
    expect(sentence('in a year', YEAR_9)).toBe('By December 2027 (in a year), I will go to youth club on my own.');
    expect(sentence('when im 18', YEAR_9)).toBe("By July 2031 (when I'm 18), I will go to youth club on my own.");
    expect(sentence('before I leave school', YEAR_9)).toBe('Before I leave school (July 2029), I will go to youth club on my own.');
  });

  it('leaves a phrase that names its school year as it is', () => {
    expect(sentence('end of yr 11', YEAR_9)).toBe('By the end of Year 11, I will go to youth club on my own.');
    expect(sentence('by July 2028', YEAR_9)).toBe('By July 2028, I will go to youth club on my own.');
  });

  it("reads a parent's words about a young child from the child's age", () => {
    expect(sentence("when she's 5", AGED_4, 'Maisie')).toBe("By July 2027 (when she's 5), Maisie will go to youth club on my own.");
    expect(sentence('by the time she starts school', AGED_4, 'Maisie')).toBe('By the time she starts school (July 2027), Maisie will go to youth club on my own.');
  });
});

describe('a time already gone', () => {
  it('is marked past, not taken as a target', () => {
    expect(readWhenAnswer('by year 7', YEAR_9).past).toBe(true);
    expect(readWhenAnswer('by the time I start secondary', YEAR_9).past).toBe(true);
    expect(readWhenAnswer('by christmas', YEAR_9)).toMatchObject({ past: false, target: true });
  });
});

describe('text-speak in a time phrase is read back in everyday spelling', () => {
  it.each([
    ['the end of this yr', '2027-07-23', 'By the end of this year (July 2027)'],
    ['b4 xmas', '2026-12-18', 'Before Christmas (December 2026)'],
    ['in 2 yrs', '2028-12-02', 'By December 2028 (in 2 years)'],
  ])('"%s"', (phrase, date, lead) => {
    expect(timeframeLead({ phrase, date } as Parameters<typeof timeframeLead>[0])).toBe(lead);
  });
});

describe('a time said with its month and year beside it', () => {
  it.each([
    ['end of year 5. july 2028', '2028-07-21', 'By the end of Year 5 (July 2028)'],
    ['by the end of this school year, july 2027', '2027-07-22', 'By the end of this school year (July 2027)'],
    ['end of year 5 - by july 2028', '2028-07-21', 'By the end of Year 5 (July 2028)'],
    // Leave alone: one time, or a month and year on its own.
    ['by july 2028', '2028-07-21', 'By July 2028'],
    ['end of year 5', '2028-07-21', 'By the end of Year 5'],
  ])('"%s"', (phrase, date, lead) => {
    expect(timeframeLead({ phrase, date } as Parameters<typeof timeframeLead>[0])).toBe(lead);
  });
});

describe('days of the year are read back with their capitals', () => {
  it.each([
    ['by mothers day', '2027-03-07', "By Mother's Day (March 2027)"],
    ['bonfire nite next year', '2027-11-05', 'By Bonfire Night next year (November 2027)'],
    ['by pancake day', '2027-02-09', 'By Pancake Day (February 2027)'],
    ['before halloween', '2027-10-30', 'Before Halloween (October 2027)'],
  ])('"%s"', (phrase, date, lead) => {
    expect(timeframeLead({ phrase, date } as Parameters<typeof timeframeLead>[0])).toBe(lead);
  });
});

describe('a time joined to its date said again', () => {
  it.each([
    ['end of year 7 so july 2028', '2028-07-21', 'By the end of Year 7 (July 2028)'],
    ['by the end of year 8 which will be july 2029', '2029-07-20', 'By the end of Year 8 (July 2029)'],
    ['by year 9 which is 2029', '2029-07-20', 'By Year 9'],
    ['end of yr 7 so 2028', '2028-07-21', 'By the end of Year 7'],
    // Leave alone: a date said that is not the date read is kept as typed.
    ['end of year 7 so july 2029', '2028-07-21', 'By the end of Year 7 so July 2029'],
  ])('"%s"', (phrase, date, lead) => {
    expect(timeframeLead({ phrase, date } as Parameters<typeof timeframeLead>[0])).toBe(lead);
  });
});

describe('a time that is no deadline of its own is led by its date, their words beside it', () => {
  const AGED_19: CoachContext = { today: '2026-12-05', age: 19 };
  it.each([
    ['after christmas', 'By January 2027 (after Christmas), I will go to youth club on my own.'],
    ['after easter', 'By April 2027 (after Easter), I will go to youth club on my own.'],
    ['in 6 months', 'By June 2027 (in 6 months), I will go to youth club on my own.'],
    ['once i finish my course', 'By July 2027 (once I finish my course), I will go to youth club on my own.'],
    ['when im 21', "By July 2028 (when I'm 21), I will go to youth club on my own."],
    // Near misses: a deadline in their words keeps the lead, its month beside it.
    ['by christmas', 'By Christmas (December 2026), I will go to youth club on my own.'],
    ['before easter', 'Before Easter (March 2027), I will go to youth club on my own.'],
    ['by july', 'By July 2027, I will go to youth club on my own.'],
  ])('"%s" reads as one sentence', (typed, read) => {
    expect(sentence(typed, AGED_19)).toBe(read);
  });
});
