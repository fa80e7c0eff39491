import { nextYearIsAmbiguous, nextYearReadings } from '../src/language/nextYearOnly';
import type { TimeContext } from '../src/language/timeContext';
import { OutcomeText as T } from './outcomeText';
import type { Choice } from './say';

/*
 * "next year" at "by when?", from someone at school in the autumn term: asked kindly whether they
 * mean the end of this school year (July) or the end of next calendar year, never guessed. Typed
 * again, or anything else, it is read as the analysis reads it (the calendar year's end).
 */

/** Position data at outcome.when: "asking" while the two readings are offered, "asked" once answered. */
export const NEXT_YEAR = 'nextYear';
const ASKING = 'asking';
const ASKED = 'asked';

function choicesFor(context: TimeContext): Choice[] {
  const readings = nextYearReadings(context);
  return [
    { value: 'by the end of this school year', labelKey: T.whenNextYearSchool, synonyms: ['this school year', 'school year', 'july', readings.schoolMonth] },
    { value: readings.calendarYearEnd, labelKey: T.whenNextYearCalendar, synonyms: ['next year', 'december', readings.calendarMonth, `end of ${readings.calendarMonth.slice(-4)}`] },
  ];
}

/** The question while the two readings are offered; undefined otherwise. */
export function nextYearQuestion(data: Record<string, string>, context: TimeContext): { key: string; choices: readonly Choice[]; vars: Record<string, string> } | undefined {
  if (data[NEXT_YEAR] !== ASKING) return undefined;
  return { key: T.whenNextYearWhich, choices: choicesFor(context), vars: { year: String(Number(context.today.slice(0, 4)) + 1) } };
}

/** "next year" that needs asking about: the position that asks; undefined when it needs no asking (or was asked). */
export function askAboutNextYear<P extends { data?: Record<string, string> }>(position: P, text: string, context: TimeContext): P | undefined {
  const data = position.data ?? {};
  if (data[NEXT_YEAR] || !nextYearIsAmbiguous(text, context)) return undefined;
  return { ...position, data: { ...data, [NEXT_YEAR]: ASKING } };
}

/** The answer to "which do you mean?", as a time to read ("by the end of this school year"), and the position with the question settled. */
export function nextYearAnswered<P extends { data?: Record<string, string> }>(position: P, text: string, context: TimeContext, pick: (text: string, choices: readonly Choice[]) => string | undefined): { text: string; position: P } | undefined {
  if (position.data?.[NEXT_YEAR] !== ASKING) return undefined;
  return { text: pick(text, choicesFor(context)) ?? text, position: { ...position, data: { ...position.data, [NEXT_YEAR]: ASKED } } };
}
