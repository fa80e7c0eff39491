import { yearEndIsAmbiguous, yearEndReadings } from '../src/language/yearEndOnly';
import type { TimeContext } from '../src/language/timeContext';
import { OutcomeText as T } from './outcomeText';
import type { Choice } from './say';

/*
 * "end of the year" at "by when?", from a learner in November or December: asked kindly whether
 * they mean this December or the end of the school or college year (July), never kept silently as
 * a date a few weeks away. Typed again, or anything else, it is read as the analysis reads it.
 */

/** Position data at outcome.when: "asking" while the two readings are offered, "asked" once answered. */
export const YEAR_END = 'yearEnd';
const ASKING = 'asking';
const ASKED = 'asked';

function choicesFor(context: TimeContext, college: boolean): Choice[] {
  const readings = yearEndReadings(context);
  const july = college
    ? { value: 'by the end of this college year', labelKey: T.whenYearEndCollege, synonyms: ['college year', 'end of college year', 'july', readings.july] }
    : { value: 'by the end of this school year', labelKey: T.whenYearEndSchool, synonyms: ['school year', 'end of school year', 'july', readings.july] };
  return [{ value: readings.december, labelKey: T.whenYearEndDecember, synonyms: ['december', 'dec', 'this december', 'christmas'] }, july];
}

/** The question while the two readings are offered; undefined otherwise. */
export function yearEndQuestion(data: Record<string, string>, context: TimeContext, education: string | undefined): { key: string; choices: readonly Choice[]; vars: Record<string, string> } | undefined {
  if (data[YEAR_END] !== ASKING) return undefined;
  const college = education === 'college';
  return { key: college ? T.whenYearEndWhichCollege : T.whenYearEndWhichSchool, choices: choicesFor(context, college), vars: { year: yearEndReadings(context).schoolYearEndYear } };
}

/** "end of the year" that needs asking about: the position that asks; undefined when it needs no asking (or was asked). */
export function askAboutYearEnd<P extends { data?: Record<string, string> }>(position: P, text: string, context: TimeContext, education: string | undefined): P | undefined {
  const data = position.data ?? {};
  if (data[YEAR_END] || !yearEndIsAmbiguous(text, context, education)) return undefined;
  return { ...position, data: { ...data, [YEAR_END]: ASKING } };
}

/** The answer to "which do you mean?", as a time to read, and the position with the question settled. */
export function yearEndAnswered<P extends { data?: Record<string, string> }>(position: P, text: string, context: TimeContext, education: string | undefined, pick: (text: string, choices: readonly Choice[]) => string | undefined): { text: string; position: P } | undefined {
  if (position.data?.[YEAR_END] !== ASKING) return undefined;
  return { text: pick(text, choicesFor(context, education === 'college')) ?? text, position: { ...position, data: { ...position.data, [YEAR_END]: ASKED } } };
}
