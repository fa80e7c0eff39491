/*
 * What a time phrase is read against: today, and the person's school year, date of birth or age;
 * and the shape of a rule that finds and resolves one kind of phrase.
 */
import {
  parseIsoDate,
  receptionYearFromBirth,
  receptionYearFromSchoolYear,
  schoolYearInProgress,
  type CalendarDate,
} from '../domain/schoolCalendar';

/** What the analysis knows about the person's age: a school year (NC year on `today`) wins over a date of birth. */
export interface TimeContext {
  /** YYYY-MM-DD */
  today: string;
  dateOfBirth?: string;
  /** National Curriculum year on `today`; Reception = 0. */
  schoolYear?: number;
  /** Whole years of age on `today`, when neither school year nor date of birth is known. */
  age?: number;
  /** The goal the time is for names a sport played in seasons ("play for a football team"), so "next season" is that sport's. */
  seasonSport?: boolean;
}

export interface Timeframe {
  /** The person's own words, e.g. "by the end of Yr 9". */
  phrase: string;
  /** The end date, YYYY-MM-DD. */
  date: string;
}

/** A time phrase found in the text; `date` is null when it cannot be resolved without more context (an age with no date of birth). */
export interface TimeframeMatch {
  phrase: string;
  date: string | null;
  start: number;
}

export interface Resolved {
  today: CalendarDate;
  dob: CalendarDate | null;
  /** The cohort's Reception September; null when neither school year nor date of birth is known. */
  reception: number | null;
  /** NC year in progress (the coming year in the summer holiday); null when unknown. */
  yearNow: number | null;
  /** Age on `today`, used only when the school year is not known. */
  age: number | null;
  /** The goal names a sport played in seasons: a season said without its sport is that one. */
  seasonSport: boolean;
}

type Resolver = (m: RegExpExecArray, c: Resolved) => CalendarDate | null;

export interface Rule {
  re: RegExp;
  /** Strong rules carry an explicit deadline ("by", "end of", "in 6 weeks"); weak ones are bare mentions. */
  strong: boolean | ((m: RegExpExecArray) => boolean);
  /** Whether a weak (bare) match counts at all: "in Year 10" does, a bare "summer" does not. */
  weakOk?: boolean;
  /** An age ("when I'm 18"): a date said beside it ("so next September") is clearer and wins. */
  byAge?: boolean;
  resolve: Resolver;
}

export function resolveContext(context: TimeContext): Resolved | null {
  const today = parseIsoDate(context.today);
  if (!today) return null;
  const dob = context.dateOfBirth ? parseIsoDate(context.dateOfBirth) : null;
  let reception: number | null = null;
  if (typeof context.schoolYear === 'number' && Number.isInteger(context.schoolYear)) {
    reception = receptionYearFromSchoolYear(context.schoolYear, today);
  } else if (dob) {
    reception = receptionYearFromBirth(dob);
  }
  // In the summer holiday the year in progress is the coming one (see schoolYearInProgress).
  const yearNow = reception === null ? null : schoolYearInProgress(today) - reception;
  const age = typeof context.age === 'number' && Number.isInteger(context.age) ? context.age : null;
  return { today, dob, reception, yearNow, age, seasonSport: context.seasonSport === true };
}
