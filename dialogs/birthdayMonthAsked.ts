import { birthdayWithoutMonth, monthOnlyNamed } from '../src/language/birthdayNoMonth';
import { OutcomeText as T } from './outcomeText';

/*
 * "by my birthday" at "by when?" with no date of birth: the birthday cannot be dated, so the month
 * is asked, once. "march" then dates it, kept in their words ("by my birthday in march"); anything
 * else is read as any answer to "by when?".
 */

/** Position data at outcome.when: the birthday words while the month is asked, "asked" once answered. */
export const BIRTHDAY = 'birthday';
const ASKED = 'asked';

/** The question while the month is asked; undefined otherwise. */
export function birthdayMonthQuestion(data: Record<string, string>, child: boolean): { key: string; vars: Record<string, string> } | undefined {
  const words = data[BIRTHDAY];
  if (!words || words === ASKED) return undefined;
  return { key: child ? T.whenBirthdayMonthChild : T.whenBirthdayMonth, vars: {} };
}

/** "by my birthday" that needs its month: the position that asks; undefined when no asking is needed (or it was asked). */
export function askBirthdayMonth<P extends { data?: Record<string, string> }>(position: P, text: string, dateOfBirthKnown: boolean): P | undefined {
  const data = position.data ?? {};
  if (dateOfBirthKnown || data[BIRTHDAY]) return undefined;
  const words = birthdayWithoutMonth(text);
  return words ? { ...position, data: { ...data, [BIRTHDAY]: words } } : undefined;
}

/** The answer to "Which month is your birthday in?", as a time to read, and the position with the question settled. */
export function birthdayMonthAnswered<P extends { data?: Record<string, string> }>(position: P, text: string): { text: string; position: P } | undefined {
  const words = position.data?.[BIRTHDAY];
  if (!words || words === ASKED) return undefined;
  const month = monthOnlyNamed(text);
  return { text: month ? `${words} in ${month}` : text, position: { ...position, data: { ...position.data, [BIRTHDAY]: ASKED } } };
}
