/*
 * Days of the year said as a time: "by bonfire night", "before pancake day", "by mothers day next
 * year". Each is its own day, never the end of its month: Shrove Tuesday and Mothering Sunday move
 * with Easter, Father's Day is the third Sunday of June. Said on their own ("mothers day") they are
 * read in whenAnswer.ts; here a lead or a year makes them a time.
 */
import { addDays, compareDates, date, dayOfWeek, easterSunday, type CalendarDate } from '../domain/schoolCalendar';
import type { Rule } from './timeContext';
import { rx } from './timePatterns';

/** A day's date in one calendar year. */
type DayOf = (year: number) => CalendarDate;

function thirdSundayOfJune(year: number): CalendarDate {
  let d = date(year, 6, 1);
  while (dayOfWeek(d) !== 0) d = addDays(d, 1);
  return addDays(d, 14);
}

/** Each day as people type it, with its date in a year. */
const DAYS: ReadonlyArray<readonly [RegExp, DayOf]> = [
  [/^(?:bonfire|fireworks?|guy)/, (y) => date(y, 11, 5)],
  [/^(?:pancake|shrove)/, (y) => addDays(easterSunday(y), -47)],
  [/^(?:mother|mum|mom|mothering)/, (y) => addDays(easterSunday(y), -21)],
  [/^(?:father|dad)/, thirdSundayOfJune],
  [/^valentine/, (y) => date(y, 2, 14)],
  [/^hallowe/, (y) => date(y, 10, 31)],
];

const DAY =
  "(bonfire\\s+(?:night|nite)|fireworks?\\s+(?:night|nite)|guy\\s+fawkes(?:\\s+(?:night|nite))?|pancake\\s+day|shrove\\s+tuesday|(?:mother'?s'?|mum'?s|mom'?s|mothering)\\s+(?:day|sunday)|(?:father'?s'?|dad'?s)\\s+day|valentine'?s'?(?:\\s+day)?|hallowe'?en)";
const LEAD = '(by|b4|before|befor|until|untill|till|til|in\\s+time\\s+for|ready\\s+for)';
/** "next year", "this year", "2028": which year's day. */
const WHICH_YEAR = '(?:\\s+(?:of\\s+)?(next\\s+year|nxt\\s+year|this\\s+year|20\\d\\d))?';

/** The coming day (today counts), or the one in the year said. */
function dayEnd(name: string, which: string, before: boolean, today: CalendarDate): CalendarDate | null {
  const dayOf = DAYS.find(([re]) => re.test(name))?.[1];
  if (!dayOf) return null;
  const w = which.replace(/\s+/g, ' ');
  const year = /^20\d\d$/.test(w) ? Number(w) : /^(?:next|nxt)/.test(w) ? today.year + 1 : /^this/.test(w) ? today.year : undefined;
  const coming = compareDates(dayOf(today.year), today) >= 0 ? dayOf(today.year) : dayOf(today.year + 1);
  const day = year === undefined ? coming : dayOf(year);
  return before ? addDays(day, -1) : day;
}

export const DAY_RULES: readonly Rule[] = [
  // "by bonfire night", "before pancake day", "mothers day next year", "by fathers day 2028"
  {
    re: rx(`\\b(?:${LEAD}\\s+)?(?:the\\s+)?(?:(next|nxt|this)\\s+)?${DAY}${WHICH_YEAR}\\b`),
    // "mothers day this year" alone tells when something happens, not by when: a lead or a later year is needed.
    strong: (m) => Boolean(m[1] || m[2] || /^(?:next|nxt|20)/.test(m[4] ?? '')),
    weakOk: false,
    resolve: (m, c) => dayEnd(m[3] ?? '', m[4] ?? (m[2] && /^n/.test(m[2]) ? 'next year' : ''), /^(?:before|befor|b4)$/.test(m[1] ?? ''), c.today),
  },
];
