import { addMonths, compareDates, parseIsoDate } from '../domain/schoolCalendar';
import type { CoachContext } from './coaching';

/* Whether the date of an answer to "by when?" is already gone, or so close it is a target. */

/** A date before today: a time already gone (a year group left behind, a start already made). */
export function isPastDate(date: string, today: string): boolean {
  const start = parseIsoDate(today);
  const end = parseIsoDate(date);
  return Boolean(start && end && compareDates(end, start) < 0);
}

/** The shortest span an outcome covers: about six months, three in the early years (shorter is a target). */
export function isTargetDate(date: string, context: CoachContext): boolean {
  const today = parseIsoDate(context.today);
  const end = parseIsoDate(date);
  if (!today || !end) return false;
  return compareDates(end, addMonths(today, context.earlyYears ? 3 : 6)) < 0;
}
