/* From a matched phrase to its end date on the England school calendar. */
import {
  addDays,
  addMonths,
  addYears,
  birthdayAtAge,
  compareDates,
  currentTerm,
  date,
  dayOfWeek,
  endOfMonth,
  endOfSchoolYearN,
  formatIsoDate,
  nextTerm,
  nextTermEnd,
  parseIsoDate,
  startOfSchoolYearN,
  termEnd,
  type CalendarDate,
  type Term,
} from '../domain/schoolCalendar';
import { schoolYearTurning } from '../domain/schoolYear';
import type { Resolved } from './timeContext';
import { WEEKDAYS } from './timePatterns';
import { parseNumber } from './text';

export function endOfYear(c: Resolved, n: number | null): CalendarDate | null {
  if (n === null || n < -1 || n > 15 || c.reception === null) return null;
  return endOfSchoolYearN(c.reception, n);
}

/**
 * The day someone turns `age`: exact from a date of birth; else the end of the school year in which
 * the cohort turns it; else, from their age today, the latest day that birthday can fall on.
 */
export function atAge(c: Resolved, age: number | null): CalendarDate | null {
  if (age === null || age < 1 || age > 30) return null;
  if (c.dob) return birthdayAtAge(c.dob, age);
  if (c.reception !== null) return endOfSchoolYearN(c.reception, schoolYearTurning(age));
  // Only an age known: no birthday is claimed. The summer of the year they will be that age
  // ("when im 22", at 20 in March 2025: July 2027), never today's date moved on as if a birthday.
  if (c.age !== null && age > c.age) return termEnd(addYears(c.today, age - c.age).year - 1, 'summer');
  return null;
}

/** "When I leave school": Year 11, or Year 13 for someone already in the sixth form. */
/** Leaving a place "next year": never before the end of next school year (Sam in his first year at college). */
export function leavingInYear(c: Resolved, place: string, which: string | undefined): CalendarDate | null {
  const left = leaving(c, place);
  if (!left || !which || which === 'this' || c.yearNow === null) return left;
  const next = endOfYear(c, c.yearNow + 1);
  return next && compareDates(next, left) > 0 ? next : left;
}

export function leaving(c: Resolved, place: string): CalendarDate | null {
  const p = place.replace(/\s+/g, ' ');
  if (/^(?:nursery|pre-?school|playgroup)/.test(p)) return endOfYear(c, -1);
  if (/^reception/.test(p)) return endOfYear(c, 0);
  if (/^(?:infant)/.test(p)) return endOfYear(c, 2);
  if (/^(?:primary|junior)/.test(p)) return endOfYear(c, 6);
  if (/^(?:sixth|6th)/.test(p)) return endOfYear(c, 13);
  if (/^(?:college|uni|university)/.test(p)) {
    if (/^uni/.test(p)) return null;
    if (c.yearNow === null) return null;
    return endOfYear(c, Math.max(13, c.yearNow));
  }
  // school, secondary, high school
  if (c.yearNow !== null && c.yearNow >= 12 && !/^(?:secondary|high)/.test(p)) return endOfYear(c, 13);
  return endOfYear(c, 11);
}

/**
 * "the September after Year 13", "the summer after year 11": once Year N has ended in July, the
 * first such month after it (September of that year, January the next) or the season that follows.
 */
export function afterYear(c: Resolved, n: number | null, month?: number, season?: string): CalendarDate | null {
  const end = endOfYear(c, n);
  if (!end) return null;
  if (month !== undefined) return endOfMonth(month >= 7 ? end.year : end.year + 1, month);
  if (season && /^s/.test(season)) return date(end.year, 8, 31);
  return season ? termEnd(end.year, 'autumn') : end;
}

/** By the time Year N begins: the end of the school year before it (its summer term, in July). */
export function beforeYear(c: Resolved, n: number | null): CalendarDate | null {
  return endOfYear(c, n === null ? null : n - 1);
}

/**
 * Starting somewhere: the end of the school year before it begins (the summer term end in July).
 * "before he goes up to reception" tells that he is not there yet: when the calendar has him in that
 * stage's first year (a year worked out from an age is often one ahead), it is the end of this school
 * year; further on ("start secondary" in Year 9) it is a time gone by.
 */
export function starting(c: Resolved, place: string): CalendarDate | null {
  const first = firstYearOf(place);
  if (first === null) return null;
  return c.yearNow !== null && c.yearNow === first ? endOfYear(c, c.yearNow) : beforeYear(c, first);
}

/**
 * "starts Reception next September", "in September 2028": the September said is when the start is,
 * so "by then" is the end of the school year before it, whatever school year we guessed.
 */
export function septemberSaid(c: Resolved, said: string): CalendarDate | null {
  // "in September" alone says only the month every school year starts in, not which year.
  const m = /\b(in|from|this|next|nxt|coming)\s+(?:september|sept|sep)\b(?:\s*\(?(20\d\d)\)?)?/.exec(said);
  if (!m || (!m[2] && /^(?:in|from)$/.test(m[1]!))) return null;
  const year = m[2] ? Number(m[2]) : c.today.month >= 9 ? c.today.year + 1 : c.today.year;
  return termEnd(year - 1, 'summer');
}

/** The school year a stage begins in: Reception for school, Year 7 for secondary, 12 for college or sixth form. */
function firstYearOf(place: string): number | null {
  const p = place.replace(/\s+/g, ' ');
  if (/^(?:big school|secondary|high)/.test(p)) return 7;
  if (/^juniors?/.test(p)) return 3;
  if (/^(?:reception|school|primary|infant)/.test(p)) return 0;
  if (/^(?:college|sixth|6th)/.test(p)) return 12;
  const year = /^(?:year|yr)\s*(\d{1,2})$/.exec(p);
  return year ? Number(year[1]) : null;
}

/**
 * "before college starts", "by the time school starts again": the day it begins, 1 September of
 * the year the person starts it. Already begun, or with no school year known, it is the next
 * September ("school starts again" after the summer).
 */
export function startsOn(c: Resolved, place: string): CalendarDate | null {
  const nextSeptember = date(c.today.month >= 9 ? c.today.year + 1 : c.today.year, 9, 1);
  const n = firstYearOf(place);
  if (n === null) return null;
  if (c.reception === null) return nextSeptember;
  const start = startOfSchoolYearN(c.reception, n);
  return compareDates(start, c.today) > 0 ? start : nextSeptember;
}

export function termOf(word: string): Term {
  if (/^(?:autumn|fall|christmas|xmas|chris|crimbo|chrimbo|winter)/.test(word)) return 'autumn';
  if (/^(?:spring|easter)/.test(word)) return 'spring';
  return 'summer';
}

/** The end of a named term: the coming one, or the one after when `next` and we are in it now. */
export function namedTerm(c: Resolved, term: Term, next: boolean, year?: number): CalendarDate {
  if (year !== undefined) return termEnd(term === 'autumn' ? year : year - 1, term);
  const upcoming = nextTermEnd(c.today, term);
  if (!next) return upcoming;
  const now = currentTerm(c.today);
  if (now.term === term) return nextTermEnd(addDays(upcoming, 1), term);
  return upcoming;
}

/**
 * "By christmas": the last day of the autumn term, or in the days between that and Christmas Day,
 * this Christmas Day (days away, a step on the way). From Boxing Day it is next Christmas.
 */
export function christmas(c: Resolved, next: boolean, year?: number): CalendarDate {
  const day = date(c.today.year, 12, 25);
  const termOver = compareDates(termEnd(c.today.year, 'autumn'), c.today) < 0;
  const thisOne = !next && (year === undefined || year === c.today.year);
  return thisOne && termOver && compareDates(c.today, day) <= 0 ? day : namedTerm(c, 'autumn', next, year);
}

/** "Summer" and "next summer" mean the July summer-term end; "next summer" said after April means the year after. */
export function summer(c: Resolved, qualifier: string, year?: number): CalendarDate {
  if (year !== undefined) return termEnd(year - 1, 'summer');
  const thisYear = termEnd(c.today.year - 1, 'summer');
  if (/next|nxt|coming/.test(qualifier) && !/this coming/.test(qualifier)) {
    return c.today.month <= 4 ? thisYear : termEnd(c.today.year, 'summer');
  }
  if (/this/.test(qualifier)) return c.today.month <= 8 ? thisYear : termEnd(c.today.year, 'summer');
  return compareDates(thisYear, c.today) >= 0 ? thisYear : termEnd(c.today.year, 'summer');
}

export function monthEnd(c: Resolved, month: number, qualifier: string | undefined, year: number | null, part: string): CalendarDate {
  let y = year ?? c.today.year;
  if (year === null) {
    if (month < c.today.month) y += 1;
    else if (month === c.today.month && qualifier && /next|nxt/.test(qualifier)) y += 1;
  }
  if (/start|beginning/.test(part)) return date(y, month, 1);
  if (/middle|mid/.test(part)) return date(y, month, 15);
  return endOfMonth(y, month);
}

export function dayInMonth(c: Resolved, day: number, month: number, year: number | null): CalendarDate | null {
  let y = year ?? c.today.year;
  if (year !== null && year < 100) y = 2000 + year;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const d = parseIsoDate(formatIsoDate(date(y, month, day)));
  if (!d) return null;
  if (year === null && compareDates(d, c.today) < 0) return parseIsoDate(formatIsoDate(date(y + 1, month, day)));
  return d;
}

export function quantity(word: string | undefined): number | null {
  if (word === undefined) return 1;
  const w = word.replace(/\s+/g, ' ');
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (/couple/.test(w)) return 2;
  if (/few|several/.test(w)) return 3;
  if (/half/.test(w)) return 0.5;
  return parseNumber(w);
}

export function afterDuration(c: Resolved, n: number | null, unit: string): CalendarDate | null {
  if (n === null || n <= 0 || n > 60) return null;
  if (/^(?:day)/.test(unit)) return addDays(c.today, Math.round(n));
  if (/^(?:week|wk)/.test(unit)) return addDays(c.today, Math.round(n * 7));
  if (/^fortnight/.test(unit)) return addDays(c.today, Math.round(n * 14));
  if (/^(?:month|mth|mnth)/.test(unit)) return addMonths(c.today, Math.round(n));
  if (/^term/.test(unit)) {
    let t = currentTerm(c.today);
    for (let i = 0; i < Math.round(n); i++) t = nextTerm(t.end);
    return t.end;
  }
  return addMonths(c.today, Math.round(n * 12));
}

/** The coming weekday of that name (a week on if it is today); "next" skips one still in this week. */
export function weekday(c: Resolved, name: string, next: boolean): CalendarDate {
  const today = dayOfWeek(c.today);
  const target = WEEKDAYS.indexOf(name);
  const diff = (target - today + 7) % 7 || 7;
  const sameWeek = today !== 0 && (target === 0 || target > today);
  return addDays(c.today, next && sameWeek ? diff + 7 : diff);
}

/**
 * Mock exams: sat in January of Year 11, or of Year 13 from the sixth form on. "By my mocks" is the
 * end of the Christmas holiday before them (31 December), "after my mocks" the end of that January.
 * With no school year known, or mocks already sat this school year, the coming January.
 */
export function mocks(c: Resolved, after: boolean): CalendarDate {
  const sittingYear = c.yearNow === null ? null : c.yearNow <= 11 ? 11 : 13;
  let january = c.reception !== null && sittingYear !== null ? startOfSchoolYearN(c.reception, sittingYear).year + 1 : c.today.month === 1 ? c.today.year : c.today.year + 1;
  if (compareDates(date(january, 1, 31), c.today) < 0) january = c.today.year + 1;
  return after ? date(january, 1, 31) : date(january - 1, 12, 31);
}

/**
 * "By my exams": GCSEs and A levels end in June of Year 11 and Year 13, so the end of that June;
 * other years (or no year known) sit theirs in the summer term, so its end in July.
 */
export function exams(c: Resolved): CalendarDate {
  const summerEnd = namedTerm(c, 'summer', false);
  return c.yearNow === 11 || c.yearNow === 13 ? date(summerEnd.year, 6, 30) : summerEnd;
}

/**
 * "Before my GCSEs start": GCSE exams start in May of Year 11 (A levels in May of Year 13), so May
 * of the year that school year ends; null when the school year is not known.
 */
export function examsStart(c: Resolved, aLevels: boolean): CalendarDate | null {
  const sitting = aLevels ? 13 : 11;
  const end = endOfYear(c, Math.max(sitting, c.yearNow ?? sitting));
  return end ? date(end.year, 5, 1) : null;
}
