/**
 * England school-calendar arithmetic. Pure functions on calendar dates, no clock, no time zones.
 *
 * - The academic year runs 1 September to 31 August; it is named by the year it starts in.
 * - Children born 1 September of year Y to 31 August of year Y+1 are one cohort. They start
 *   Reception (National Curriculum year 0) in September Y+5 and finish Year N in July Y+6+N.
 * - Term ends (our convention, close to most local authorities' calendars):
 *   autumn: the last weekday on or before 20 December;
 *   spring: the Thursday before Easter Sunday (the last school day before Good Friday);
 *   summer: the last weekday on or before 22 July.
 * - Half terms end: the Friday before the last Monday of October, the Friday before the third Monday
 *   of February, the Friday before the last Monday of May (the spring bank holiday).
 * - A birthday on 29 February falls on 1 March in other years (as for coming of age in England).
 */

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12 */
  readonly month: number;
  /** 1 to 31 */
  readonly day: number;
}

export type Term = 'autumn' | 'spring' | 'summer';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A valid YYYY-MM-DD string as a date, or null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The UTC calendar day of a moment. */
export function calendarDay(at: Date): CalendarDate {
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export function date(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days since 1970-01-01 (negative before). */
function toDayNumber(d: CalendarDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromDayNumber(n: number): CalendarDate {
  const js = new Date(n * 86_400_000);
  return { year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Adds whole months; the day is clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addYears(d: CalendarDate, years: number): CalendarDate {
  return addMonths(d, years * 12);
}

/** 0 = Sunday ... 6 = Saturday */
export function dayOfWeek(d: CalendarDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

export function endOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** The last Monday-to-Friday day on or before `d`. */
export function weekdayOnOrBefore(d: CalendarDate): CalendarDate {
  const dow = dayOfWeek(d);
  if (dow === 6) return addDays(d, -1);
  if (dow === 0) return addDays(d, -2);
  return d;
}

/** The Friday on or after `d`: the end of that school week. */
export function fridayOfWeek(d: CalendarDate): CalendarDate {
  const dow = dayOfWeek(d);
  return addDays(d, dow === 6 ? 6 : dow === 0 ? 5 : 5 - dow);
}

/** Easter Sunday (Gregorian; anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The year of the 1 September that starts the academic year containing `d`. */
export function academicYearStart(d: CalendarDate): number {
  return d.month >= 9 ? d.year : d.year - 1;
}

/** The end of one term of the academic year that starts in September `startYear`. */
export function termEnd(startYear: number, term: Term): CalendarDate {
  switch (term) {
    case 'autumn':
      return weekdayOnOrBefore(date(startYear, 12, 20));
    case 'spring':
      return addDays(easterSunday(startYear + 1), -3);
    case 'summer':
      return weekdayOnOrBefore(date(startYear + 1, 7, 22));
  }
}

const TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];

/**
 * The term that `d` is in, or the next one to start when `d` is in a holiday, with its end date.
 * The summer holiday belongs to the coming academic year here: on 10 August "this term" is the
 * autumn term ahead.
 */
export function currentTerm(d: CalendarDate): { startYear: number; term: Term; end: CalendarDate } {
  let startYear = academicYearStart(d);
  for (;;) {
    for (const term of TERMS) {
      const end = termEnd(startYear, term);
      if (compareDates(end, d) >= 0) return { startYear, term, end };
    }
    startYear += 1;
  }
}

/** The term after the current (or coming) one. */
export function nextTerm(d: CalendarDate): { startYear: number; term: Term; end: CalendarDate } {
  const now = currentTerm(d);
  const index = TERMS.indexOf(now.term);
  const startYear = index === TERMS.length - 1 ? now.startYear + 1 : now.startYear;
  const term = TERMS[(index + 1) % TERMS.length] as Term;
  return { startYear, term, end: termEnd(startYear, term) };
}

/** The next end of `term` on or after `d`. */
export function nextTermEnd(d: CalendarDate, term: Term): CalendarDate {
  const startYear = academicYearStart(d);
  const thisYear = termEnd(startYear, term);
  return compareDates(thisYear, d) >= 0 ? thisYear : termEnd(startYear + 1, term);
}

/**
 * The academic year "this school year" means on `d`: the current one, or the coming one once its
 * summer term has ended.
 */
export function schoolYearInProgress(d: CalendarDate): number {
  return currentTerm(d).startYear;
}

/** The next half-term break's start (the Friday it begins after) on or after `d`. */
export function nextHalfTermEnd(d: CalendarDate): CalendarDate {
  const lastMondayOf = (year: number, month: number) => {
    let m = endOfMonth(year, month);
    while (dayOfWeek(m) !== 1) m = addDays(m, -1);
    return m;
  };
  const thirdMondayOf = (year: number, month: number) => {
    let m = date(year, month, 1);
    while (dayOfWeek(m) !== 1) m = addDays(m, 1);
    return addDays(m, 14);
  };
  for (let year = d.year; ; year++) {
    const candidates = [
      addDays(thirdMondayOf(year, 2), -3),
      addDays(lastMondayOf(year, 5), -3),
      addDays(lastMondayOf(year, 10), -3),
    ];
    for (const c of candidates) if (compareDates(c, d) >= 0) return c;
  }
}

/** The next half-term break of one term (October for autumn, February for spring, May for summer) on or after `d`. */
export function nextHalfTermEndOf(d: CalendarDate, term: Term): CalendarDate {
  const month = term === 'autumn' ? 10 : term === 'spring' ? 2 : 5;
  let end = nextHalfTermEnd(d);
  while (end.month !== month) end = nextHalfTermEnd(addDays(end, 1));
  return end;
}

/**
 * A cohort is named by the year its Reception September starts. From a date of birth: children
 * born 1 September Y to 31 August Y+1 start Reception in September Y+5.
 */
export function receptionYearFromBirth(dateOfBirth: CalendarDate): number {
  return academicYearStart(dateOfBirth) + 5;
}

/** The same cohort from the National Curriculum year (Reception = 0) someone is in on `today`. */
export function receptionYearFromSchoolYear(schoolYear: number, today: CalendarDate): number {
  return academicYearStart(today) - schoolYear;
}

/** National Curriculum year on `today` (Reception = 0; negative before school, above 13 after). */
export function schoolYearOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  return academicYearStart(today) - receptionYearFromBirth(dateOfBirth);
}

/** The end of Year N (the summer term end, in July) for a cohort. */
export function endOfSchoolYearN(receptionYear: number, n: number): CalendarDate {
  return termEnd(receptionYear + n, 'summer');
}

/** 1 September of the academic year in which the cohort is in Year N. */
export function startOfSchoolYearN(receptionYear: number, n: number): CalendarDate {
  return date(receptionYear + n, 9, 1);
}

/** The end of one term of Year N for a cohort: "by Christmas of Year 7" is the autumn term end of Year 7. */
export function termEndOfSchoolYearN(receptionYear: number, n: number, term: Term): CalendarDate {
  return termEnd(receptionYear + n, term);
}

/** The half-term break in one term of Year N (October, February or May), as the Friday it begins after. */
export function halfTermOfSchoolYearN(receptionYear: number, n: number, term: Term): CalendarDate {
  const from = term === 'autumn' ? date(receptionYear + n, 9, 1) : term === 'spring' ? date(receptionYear + n + 1, 1, 1) : date(receptionYear + n + 1, 4, 25);
  return nextHalfTermEnd(from);
}

/** Key stages end with these years: EYFS with Reception, KS1 Year 2, KS2 Year 6, KS3 Year 9, KS4 Year 11, post-16 Year 13. */
export const KEY_STAGE_FINAL_YEAR: Readonly<Record<number, number>> = { 0: 0, 1: 2, 2: 6, 3: 9, 4: 11, 5: 13 };

/** The day someone born on `dateOfBirth` turns `age`; 29 February birthdays fall on 1 March in other years. */
export function birthdayAtAge(dateOfBirth: CalendarDate, age: number): CalendarDate {
  const year = dateOfBirth.year + age;
  if (dateOfBirth.month === 2 && dateOfBirth.day === 29 && !isLeapYear(year)) return date(year, 3, 1);
  return date(year, dateOfBirth.month, dateOfBirth.day);
}

/** Whole years of age on `today`. */
export function ageOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  let age = today.year - dateOfBirth.year;
  if (compareDates(birthdayAtAge(dateOfBirth, age), today) > 0) age -= 1;
  return age;
}

/** The next birthday strictly after `today`. */
export function nextBirthday(dateOfBirth: CalendarDate, today: CalendarDate): CalendarDate {
  return birthdayAtAge(dateOfBirth, ageOn(dateOfBirth, today) + 1);
}

/** The next annual review: 12 months from `today`. */
export function nextAnnualReview(today: CalendarDate): CalendarDate {
  return addMonths(today, 12);
}
