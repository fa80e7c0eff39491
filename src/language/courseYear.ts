/*
 * "first year", "my 2nd year at uni", "first year of college": a year of a course still to come,
 * said by someone about to start it. The calendar knows it by the September it starts.
 */
import type { Resolved } from './timeContext';

/** "(my) first year (at uni)": group 1 the ordinal, group 2 the place, when said. */
export const COURSE_YEAR =
  '(?:the\\s+|my\\s+|his\\s+|her\\s+|their\\s+)?(first|1st|frist|second|2nd|third|3rd)\\s+(?:year|yr)\\b(?!\\s*\\d)(?:\\s+(?:at|of|in)\\s+(?:the\\s+|my\\s+|his\\s+|her\\s+|their\\s+)?(uni|university|college|collage|sixth\\s+form|6th\\s+form|secondary(?:\\s+school)?|high\\s+school|big\\s+school|course)\\b)?';

const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, frist: 1, second: 2, '2nd': 2, third: 3, '3rd': 3 };

/**
 * The school year (Reception = 0) whose first year is meant: secondary starts in Year 7, college
 * or sixth form in Year 12, university after Year 13. Said without a place, it is the next stage
 * from where they are (Year 6: secondary; Years 7 to 11: college; Years 12 and 13: university).
 */
function firstYearOf(yearNow: number, place: string): number | null {
  const p = place.replace(/\s+/g, ' ');
  if (/^(?:secondary|high|big)/.test(p)) return yearNow <= 6 ? 7 : null;
  if (/^(?:college|collage|sixth|6th)/.test(p)) return yearNow <= 11 ? 12 : null;
  if (/^uni/.test(p)) return yearNow <= 13 ? 14 : null;
  if (p === '') return yearNow === 6 ? 7 : yearNow >= 7 && yearNow <= 11 ? 12 : yearNow >= 12 && yearNow <= 13 ? 14 : null;
  return null;
}

/**
 * The calendar year in which that year of the course starts (in September). With no school year
 * known, or past the stage named, the first year is the one starting next September: people say
 * "first year" of a course they are about to begin.
 */
export function courseYearStart(c: Resolved, ordinal: string, place: string): number | null {
  const k = ORDINAL[ordinal];
  if (k === undefined) return null;
  const first = c.yearNow !== null && c.reception !== null ? firstYearOf(c.yearNow, place) : null;
  const nextSeptember = c.today.month >= 9 ? c.today.year + 1 : c.today.year;
  const start = first !== null && c.reception !== null ? Math.max(c.reception + first, nextSeptember) : nextSeptember;
  return start + k - 1;
}
