import type { CoachContext } from './coaching';
import type { Timeframe } from './timeframe';
import { resolveTime } from './timeframeTolerant';

/*
 * "after yr 11 so like september next year": a school year said with a calendar time. For a Year 10
 * in December, "next year" is the September before Year 11 has even begun, so the two disagree;
 * the school year is the time they know, and it wins. The phrase kept is the school year part.
 */

/** "after yr 11", "once i've finished year 11": the time after a school year ends, said first. */
const AFTER_A_YEAR = /^((?:after|once\s+(?:i'?ve\s+|i\s+have\s+|i\s+)?(?:finished|finish|done|left))\s+(?:year|yr|y)\s*-?\s*(\d{1,2}))\b(.*)$/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SAID = /\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

/** The last day of a month, as YYYY-MM-DD. */
function monthEnd(year: number, monthIndex: number): string {
  const day = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The time an answer means when it starts with the end of a school year still to come: the month
 * said after it (September if none) that first falls after that year ends. A calendar time said
 * beside it that comes later still ("after year 11, in 2029") is kept; one that comes before is not.
 */
export function afterSchoolYear(own: string, context: CoachContext, readBeside: (rest: string) => Timeframe | null): Timeframe | null {
  const said = AFTER_A_YEAR.exec(own.trim());
  if (!said || context.schoolYear === undefined) return null;
  const year = Number(said[2]);
  if (year < context.schoolYear || year > 14) return null;
  const yearEnds = resolveTime(`by the end of year ${year}`, context)?.date;
  if (!yearEnds) return null;
  const rest = (said[3] ?? '').replace(/^[\s,;:.!-]+/, '').trim();
  const saidBeside = rest ? readBeside(rest) : null;
  if (saidBeside && saidBeside.date > yearEnds) return { phrase: said[1]!, date: saidBeside.date };
  const month = MONTH_SAID.exec(rest)?.[1]?.toLowerCase().slice(0, 3);
  const monthIndex = month ? MONTHS.findIndex((m) => m.startsWith(month)) : 8;
  const endYear = Number(yearEnds.slice(0, 4));
  const date = monthEnd(endYear, monthIndex) > yearEnds ? monthEnd(endYear, monthIndex) : monthEnd(endYear + 1, monthIndex);
  return { phrase: said[1]!, date };
}
