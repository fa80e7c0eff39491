import type { TimeContext } from './timeContext';

/*
 * "end of the year", "by the end of this year", "end of yr" on its own, said late in the calendar
 * year by someone at school or college: to a learner "the year" is mostly the school or college
 * year (July), and the calendar year's end is only weeks away. The chat asks which is meant
 * instead of silently keeping a date a few weeks off. "End of year 11" names a school year and is
 * never asked about; "end of next year" is read as said.
 */

const FILLER = '(?:um+|erm|hmm+|idk|maybe|probably|prob|like|i\\s+guess|i\\s+think|hopefully|ok|okay|so)';
const YEAR_END = new RegExp(
  `^(?:${FILLER}[\\s,.]+)*(?:by|before|b4|for|at|around|about|til|till|until)?\\s*(?:the\\s+)?(?:end|nd)\\s+(?:of|o)\\s+(?:the|this|tha|da|dis)?\\s*(?:year|yr|yeer|yaer)(?:[\\s,.]+(?:maybe|i\\s+guess|i\\s+think|hopefully|probably|prob|idk))*[\\s.!?]*$`,
  'i',
);

/** The places where "the year" is most often the school or college year. */
const LEARNING_PLACES = new Set(['school', 'sixth_form', 'college']);

/** The person is at school or college on `today`, as the chat knows it. */
function inEducation(context: TimeContext, education: string | undefined): boolean {
  if (education !== undefined) return LEARNING_PLACES.has(education);
  if (context.schoolYear !== undefined) return context.schoolYear >= 0 && context.schoolYear <= 13;
  return context.age !== undefined && context.age >= 4 && context.age <= 18;
}

/** Days from `today` (YYYY-MM-DD) to 31 December of the same year. */
function daysToYearEnd(today: string): number {
  const start = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const end = Date.UTC(Number(today.slice(0, 4)), 11, 31);
  return Math.round((end - start) / 86_400_000);
}

/** "end of the year" on its own, from a learner, when 31 December is about two months away or less. */
export function yearEndIsAmbiguous(text: string, context: TimeContext, education?: string): boolean {
  if (!YEAR_END.test(text.trim().replace(/\s+/g, ' '))) return false;
  return inEducation(context, education) && daysToYearEnd(context.today) <= 62;
}

/** The two readings, as typed answers to "by when?": the calendar year's end, and this school or college year's end. */
export function yearEndReadings(context: TimeContext): { december: string; july: string; schoolYearEndYear: string } {
  const year = Number(context.today.slice(0, 4));
  // Late in the calendar year, the school or college year in progress ends next July.
  return { december: `by the end of December ${year}`, july: `by July ${year + 1}`, schoolYearEndYear: String(year + 1) };
}
