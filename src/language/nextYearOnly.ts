import type { TimeContext } from './timeContext';

/*
 * "next year", "by next year", "nxt yr" on its own, said in the autumn term by someone at school:
 * it may mean the end of this school year (next July) or the end of next calendar year. "The end of
 * next year" names the year's end, so it is read, not asked about. The analysis
 * keeps the calendar reading (see README); the chat asks which is meant instead of guessing.
 */

const NEXT_YEAR = /^(?:(?:um+|erm|hmm+|idk|maybe|probably|prob|like|i\s+guess|i\s+think|hopefully)[\s,.]+)*(?:by|before|b4|for|in|around|about)?\s*(?:next|nxt)\s+(?:year|yr)(?:\s+(?:maybe|i\s+guess|i\s+think|hopefully|probably|prob|idk))*[\s.!?]*$/i;

/** At school (Reception to Year 13) on `today`, and it is the autumn term (September to December). */
export function nextYearIsAmbiguous(text: string, context: TimeContext): boolean {
  if (!NEXT_YEAR.test(text.trim().replace(/\s+/g, ' '))) return false;
  const month = Number(context.today.slice(5, 7));
  const atSchool = context.schoolYear !== undefined ? context.schoolYear >= 0 && context.schoolYear <= 13 : context.age !== undefined && context.age >= 4 && context.age <= 18;
  return atSchool && month >= 9 && month <= 12;
}

/** The two readings, as typed answers to "by when?": the end of this school year, and the end of next calendar year. */
export function nextYearReadings(context: TimeContext): { schoolYearEnd: string; calendarYearEnd: string; schoolMonth: string; calendarMonth: string } {
  const next = Number(context.today.slice(0, 4)) + 1;
  // In the autumn term, this school year ends in July of the next calendar year.
  return { schoolYearEnd: `by July ${next}`, calendarYearEnd: `by the end of ${next}`, schoolMonth: `July ${next}`, calendarMonth: `December ${next}` };
}
