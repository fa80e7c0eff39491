/*
 * A time inside a named school year: "by Christmas of Year 7", "Easter in year 11", "the summer of
 * Y9", "year 8 summer term", "at the start of year 7", "by christmas in reception". The school year fixes which Christmas or
 * Easter is meant, so these win over the bare holiday ("by Christmas" alone is the coming one).
 */
import { date, endOfMonth, halfTermOfSchoolYearN, startOfSchoolYearN, termEnd, termEndOfSchoolYearN, type CalendarDate, type Term } from '../domain/schoolCalendar';
import type { Resolved, Rule } from './timeContext';
import { BY, END_OF, MONTH, MONTH_NUMBER, PERSON_BE, THE, YEAR_N, rx, yearN } from './timePatterns';
import { COURSE_YEAR, courseYearStart } from './courseYear';
import { termOf } from './timeResolvers';

/** A holiday, season or term said of a school year. */
const SEASON =
  '(christmas|xmas|x-mas|chrismas|christmass|crimbo|chrimbo|easter|eastr|(?:october|february|feb|may|autumn|spring|summer)\\s+half[\\s-]?term|half[\\s-]?term|autumn|fall|winter|spring|summer|summa|sumer)';
const SEASON_TAIL = '(?:\\s+(term|holidays?|hols|break))?';
/** "of", "in", "during", "when I'm in", or nothing: "christmas year 7". */
const OF_YEAR = `\\s*,?\\s+(?:(?:of|in|during|at|for)\\s+|(?:when|once)\\s+${PERSON_BE}\\s+in\\s+)?${THE}(?:school\\s+)?`;
const START = '(start|beginning|begining|first\\s+(?:half[\\s-]?)?term|middle|mid)';
/** "in reception": the school year before Year 1, year 0 on the calendar. */
const RECEPTION = '(reception|recption|recepton|reseption|rec)';
/** Year N, or Reception as year 0. */
const yearOrReception = (m: RegExpExecArray, a: number, b: number, reception: number): number | null => yearN(m, a, b) ?? (m[reception] ? 0 : null);

/** Words that mean "during", not "by": "in the start of year 7" is within its first half term. */
const DURING = /^(?:in|at|during|for|within)$/;

function seasonInYear(c: Resolved, n: number | null, season: string, tail: string, endOf: boolean): CalendarDate | null {
  if (n === null || n < 0 || n > 15 || c.reception === null) return null;
  const word = season.replace(/\s+/g, ' ');
  if (/half[\s-]?term/.test(word)) {
    const term: Term = /^(?:feb|february|spring)/.test(word) ? 'spring' : /^(?:may|summer)/.test(word) ? 'summer' : 'autumn';
    return halfTermOfSchoolYearN(c.reception, n, term);
  }
  const term = termOf(word);
  const end = termEndOfSchoolYearN(c.reception, n, term);
  // "by the end of the summer holidays of year 9": the last day of August, before the next year starts.
  if (term === 'summer' && endOf && /^(?:holiday|hols|break)/.test(tail)) return date(end.year, 8, 31);
  return end;
}

function startOfYear(c: Resolved, n: number | null, part: string, by: string): CalendarDate | null {
  if (n === null || n < 0 || n > 15 || c.reception === null) return null;
  if (/^first\s+(?:half)/.test(part)) return halfTermOfSchoolYearN(c.reception, n, 'autumn');
  if (/^first/.test(part)) return termEndOfSchoolYearN(c.reception, n, 'autumn');
  if (/^mid/.test(part)) return halfTermOfSchoolYearN(c.reception, n, 'spring');
  // "by the start of year 7" is the day it starts; "in the first weeks of year 7" its first half term.
  return DURING.test(by) ? halfTermOfSchoolYearN(c.reception, n, 'autumn') : startOfSchoolYearN(c.reception, n);
}

/** "there", "at secondary", "at my new school", "at college": the place the first term is at. */
const NEW_PLACE =
  '(?:\\s+(?:there|at\\s+(?:the\\s+|my\\s+|his\\s+|her\\s+|their\\s+)?(?:new\\s+|big\\s+)?(?:school|secondary(?:\\s+school)?|high\\s+school|college|sixth\\s+form|uni|university)|of\\s+(?:secondary|college|sixth\\s+form|uni)))?';

/**
 * "end of the first term there", "first term at college", with no year named: the first term is
 * one of a year still to come, so it is the autumn term of next school year (Year 6 in December
 * means Year 7's, at the new school), never the term nearly over now.
 */
function firstTermNextYear(c: Resolved): CalendarDate | null {
  if (c.yearNow === null || c.reception === null || c.yearNow + 1 > 15) return null;
  return termEndOfSchoolYearN(c.reception, c.yearNow + 1, 'autumn');
}

/** A month said of a school year ("june in year 10", "year 10 mocks in june"): that month while they are in it. */
function monthInYear(c: Resolved, n: number | null, word: string): CalendarDate | null {
  const month = MONTH_NUMBER.get(word);
  if (n === null || n < 0 || n > 15 || c.reception === null || month === undefined) return null;
  const start = startOfSchoolYearN(c.reception, n).year;
  return endOfMonth(month >= 9 ? start : start + 1, month);
}

/** The same readings for a year of a course ("first year at uni"): the calendar knows it by the September it starts. */
const asCourse = (c: Resolved, start: number | null): [Resolved, number | null] => [{ ...c, reception: start }, start === null ? null : 0];

/** What a school year's exams and events are called when said before a month: "year 10 mocks in june". */
const YEAR_EVENT = '(?:\\s+(?:mocks?|mock\\s+exams?|exams?|tests?|sats|assessments?|work\\s+experience|trip|residential|prom))?';

export const IN_YEAR_RULES: readonly Rule[] = [
  // "by christmas of first year", "easter in my 1st year at uni", "the summer term of first year at college"
  {
    re: rx(`\\b(?:${BY}\\s+)?(${END_OF})?(?:the\\s+)?${SEASON}${SEASON_TAIL}\\s*,?\\s+(?:of|in|during|at|for)\\s+${COURSE_YEAR}`),
    strong: true,
    resolve: (m, c) => seasonInYear(...asCourse(c, courseYearStart(c, m[4] ?? '', m[5] ?? '')), m[2] ?? '', m[3] ?? '', Boolean(m[1])),
  },
  // "end of first year at uni", "by the end of my first year", "the end of 2nd year of college"
  {
    re: rx(`\\b(?:${BY}\\s+)?${END_OF}${COURSE_YEAR}`),
    strong: true,
    resolve: (m, c) => {
      const start = courseYearStart(c, m[1] ?? '', m[2] ?? '');
      return start === null ? null : termEnd(start, 'summer');
    },
  },
  // "by june in year 10", "march of year 11", "the end of may in yr 9"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?${MONTH}\\s*,?\\s+(?:of|in|during)\\s+${THE}(?:school\\s+)?${YEAR_N}\\b`),
    strong: true,
    resolve: (m, c) => monthInYear(c, yearN(m, 2, 3), m[1] ?? ''),
  },
  // "year 10 mocks in june", "Y11 exams by may", "year 9 in march"
  {
    re: rx(`\\b${YEAR_N}(?:'?s)?${YEAR_EVENT}\\s+(?:in|by|before|b4|around|during)\\s+(?:the\\s+)?${MONTH}\\b`),
    strong: true,
    resolve: (m, c) => monthInYear(c, yearN(m, 1, 2), m[3] ?? ''),
  },
  // "by Christmas of Year 7", "Easter in year 11", "the end of the summer term in year 8", "xmas when im in yr 7"
  {
    re: rx(`\\b(?:${BY}\\s+)?(${END_OF})?(?:the\\s+)?${SEASON}${SEASON_TAIL}${OF_YEAR}(?:${YEAR_N}|${RECEPTION})\\b`),
    strong: true,
    resolve: (m, c) => seasonInYear(c, yearOrReception(m, 4, 5, 6), m[2] ?? '', m[3] ?? '', Boolean(m[1])),
  },
  // "by year 8 christmas", "the Y9 summer term", "year 11's easter holidays"
  {
    re: rx(`\\b(?:${BY}\\s+)?(${END_OF})?${THE}${YEAR_N}(?:'?s)?\\s+${SEASON}${SEASON_TAIL}\\b`),
    strong: true,
    resolve: (m, c) => seasonInYear(c, yearN(m, 2, 3), m[4] ?? '', m[5] ?? '', Boolean(m[1])),
  },
  // "by the start of year 7", "at the beginning of Year 10", "in the first term of year 12", "by the middle of year 8"
  {
    re: rx(`\\b(?:(${BY}|from)\\s+)?(?:the\\s+)?(?:very\\s+)?${START}\\s+(?:of|in)\\s+${THE}(?:school\\s+)?(?:${YEAR_N}|${RECEPTION})\\b`),
    strong: true,
    resolve: (m, c) => startOfYear(c, yearOrReception(m, 3, 4, 5), (m[2] ?? '').replace(/\s+/g, ' '), m[1] ?? ''),
  },
  // "end of the first term there", "by the end of first term at secondary", "first term at college"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:the\\s+)?(?:very\\s+)?first\\s+term(?!\\s+(?:of|in)\\s+${THE}(?:school\\s+)?(?:${YEAR_N}|${RECEPTION}))${NEW_PLACE}\\b`),
    strong: true,
    resolve: (_m, c) => firstTermNextYear(c),
  },
];
