/*
 * How dates are written for people: one place, so the chat, the cards, the review pages and the
 * exports all say "22 July 2026" the same way. Calendar days (a timeframe, a date of birth) are
 * read as UTC days so they never shift by a time zone.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A YYYY-MM-DD day or a full ISO time, as a UTC calendar day. */
function dayOf(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** The calendar day of a moment, YYYY-MM-DD (UTC). */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** "22 July 2026". */
export function longDate(value: Date | string): string {
  const at = dayOf(value);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/** "22 Jul 2026", where space is short (cards). */
export function shortDate(value: Date | string): string {
  const at = dayOf(value);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]!.slice(0, 3)} ${at.getUTCFullYear()}`;
}

/** "July 2026": how an outcome's end date is said beside the person's own time words. */
export function monthAndYear(value: Date | string): string {
  const at = dayOf(value);
  return `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}
