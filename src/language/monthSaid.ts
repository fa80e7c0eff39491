/*
 * "summer gcse results day is august": a season or event read as a time, with a month said beside
 * it. The month is the more exact word, so the date is the end of that month, in the year that
 * puts it nearest the time read. A month far from the time ("by christmas, my birthday is in june")
 * is about something else and changes nothing.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SHORT: Readonly<Record<string, number>> = { jan: 0, feb: 1, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
/** "may" and "march" are verbs too: only a month after a word that leads to a time ("in may", "is march"). */
const AFTER_LEAD = /\b(?:in|by|of|is|around|at|end)\s+$/;
/** "by the summer, before she starts Reception in September": a month after "before" or a start is what comes next, not the time. */
const AFTER_BOUND = /\b(?:before|till|until|starts?|starting|begins?)\b(?:\s+[a-z]+){0,4}\s+$/;
/** How far from the time read a month may be and still be that time said exactly. */
const NEAR_DAYS = 100;

function monthsNamed(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const word = m[0];
    const full = MONTHS.indexOf(word);
    const month = full >= 0 ? full : SHORT[word];
    if (month === undefined) continue;
    const before = text.toLowerCase().slice(0, m.index);
    if (AFTER_BOUND.test(before)) continue;
    if ((word === 'may' || word === 'march') && !AFTER_LEAD.test(before)) continue;
    found.add(month);
  }
  return [...found];
}

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * The end of the one month named in `said` but not in the phrase read, nearest `date` (YYYY-MM-DD),
 * or null when no month, two months, or a month far from the date is said.
 */
export function monthSaidBeside(said: string, phrase: string, date: string): string | null {
  const inPhrase = monthsNamed(phrase);
  const months = monthsNamed(said).filter((m) => !inPhrase.includes(m));
  if (months.length !== 1 || inPhrase.length > 0) return null;
  const month = months[0]!;
  // "by the end of my course so like july": the month agrees with the time read, whose day is the more exact.
  if (month === Number(date.slice(5, 7)) - 1) return null;
  return monthEndNear(month, date);
}

/** The end of `month` (0 for January) nearest `date` (YYYY-MM-DD), or null when every one is far from it. */
export function monthEndNear(month: number, date: string): string | null {
  const year = Number(date.slice(0, 4));
  const ends = [year - 1, year, year + 1].map((y) => new Date(Date.UTC(y, month + 1, 0)).toISOString().slice(0, 10));
  const nearest = ends.reduce((a, b) => (Math.abs(dayNumber(b) - dayNumber(date)) < Math.abs(dayNumber(a) - dayNumber(date)) ? b : a));
  return Math.abs(dayNumber(nearest) - dayNumber(date)) <= NEAR_DAYS ? nearest : null;
}
