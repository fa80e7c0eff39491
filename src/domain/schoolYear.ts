import { isoDay } from './dates';
import { calendarDay, type CalendarDate } from './schoolCalendar';

/*
 * School years and ages in England (Reception = 0). A cohort starts Reception aged four and turns
 * five during that year, so in Year N children turn N + 5: "age minus five is the school year",
 * once this year's birthday has come. Before it (most of the autumn term) a child of that age may
 * still be a year further on.
 */

/** The school year in which a cohort turns `age`. */
export function schoolYearTurning(age: number): number {
  return age - 5;
}

/** The age a cohort turns during school year `schoolYear`. */
export function ageTurnedIn(schoolYear: number): number {
  return schoolYear + 5;
}

/** The later of the two years a child of `age` may be in: the one where the birthday is still to come. */
export function schoolYearBeforeBirthday(age: number): number {
  return schoolYearTurning(age) + 1;
}

/**
 * The school year of a child from their age alone, or undefined when the age does not say it:
 * from September to December (birthdays still to come split one age across two years), and
 * outside Reception to Year 13.
 */
export function schoolYearFromAge(age: number, today: CalendarDate): number | undefined {
  if (today.month >= 9) return undefined;
  const year = schoolYearTurning(age);
  return year >= 0 && year <= 13 ? year : undefined;
}

/** What the school calendar knows about a person on `today`, as the language analysis takes it. */
export interface PersonOnCalendar {
  /** YYYY-MM-DD */
  today: string;
  schoolYear?: number;
  age?: number;
}

/** A stated school year, else the one their age gives where it gives one; and the age itself. */
export function personOnCalendar(person: { schoolYear?: number | undefined; age?: number | undefined } | undefined, today: Date): PersonOnCalendar {
  const schoolYear = person?.schoolYear ?? (person?.age !== undefined ? schoolYearFromAge(person.age, calendarDay(today)) : undefined);
  return { today: isoDay(today), ...(schoolYear !== undefined ? { schoolYear } : {}), ...(person?.age !== undefined ? { age: person.age } : {}) };
}

/**
 * The school year a plan's header shows: none from 19, when school years are over (a college
 * student's "Year 12" worked out from their age misleads the reader), nor past Year 13.
 */
export function schoolYearShown(person: { schoolYear?: number | undefined; age?: number | undefined }): number | undefined {
  if (person.schoolYear === undefined || person.schoolYear > 13) return undefined;
  return person.age !== undefined && person.age >= 19 ? undefined : person.schoolYear;
}
