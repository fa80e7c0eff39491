import { parseIsoDate, addMonths, compareDates } from '../domain/schoolCalendar';

export interface FeatureContext {
  today: string;
  dateOfBirth?: string;
  schoolYear?: number;
}

/** Early years: below Reception, or Reception and under 5; outcomes then run 3 to 6 months. */
export function isEarlyYears(context: FeatureContext): boolean {
  if (typeof context.schoolYear === 'number') return context.schoolYear <= 0;
  const today = parseIsoDate(context.today);
  const dob = context.dateOfBirth ? parseIsoDate(context.dateOfBirth) : null;
  if (!today || !dob) return false;
  return compareDates(addMonths(dob, 60), today) > 0;
}

/** Months from today to the timeframe's end date (rounded down), or null. */
export function monthsAhead(today: string, date: string | null): number | null {
  const t = parseIsoDate(today);
  const d = date ? parseIsoDate(date) : null;
  if (!t || !d) return null;
  return (d.year - t.year) * 12 + (d.month - t.month) + (d.day >= t.day ? 0 : -1);
}
