/**
 * How long things are kept. The reasons are in docs/PRIVACY.md; these numbers are the ones it names.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A draft with a safeguarding flag is kept whole for at least this long after its latest flag, even
 * when a deployment sets a short RETENTION_DAYS, so the adults who look after the young person
 * have time to see it in context before the words go.
 */
export const SAFEGUARDING_HOLD_DAYS = 90;

/**
 * When a flagged draft is finally deleted, a note without any words (kind of worry, when, which
 * question) is kept until the young person's 25th birthday, as schools keep child protection
 * records (IRMS toolkit: date of birth + 25 years). Their age is not always known: the note then
 * assumes the youngest possible person, which keeps it longest.
 */
export const SAFEGUARDING_NOTE_UNTIL_AGE = 25;

/** Youngest age in a school year: Reception (year 0) starts at 4. */
const YOUNGEST_AGE_IN_YEAR_ZERO = 4;

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** The person's age when they answered, from what they told the bot; undefined when unknown. */
export function ageFrom(person: { age?: number; schoolYear?: number } | undefined): number | undefined {
  if (person?.age !== undefined) return person.age;
  if (person?.schoolYear !== undefined) return person.schoolYear + YOUNGEST_AGE_IN_YEAR_ZERO;
  return undefined;
}

/**
 * The day after which a safeguarding note may go: the 25th birthday at the latest, one year added
 * because an age in whole years may be up to a year short of the real one.
 */
export function noteKeepUntil(flaggedAt: Date, age: number | undefined): Date {
  const yearsLeft = SAFEGUARDING_NOTE_UNTIL_AGE - Math.max(0, Math.min(age ?? 0, SAFEGUARDING_NOTE_UNTIL_AGE)) + 1;
  const until = new Date(flaggedAt.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + yearsLeft);
  return until;
}
