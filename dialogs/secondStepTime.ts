import type { Draft } from '../src/domain/draft';
import { findTimeframe } from '../src/language';
import { coachContextOf } from './outcomeCoach';

/*
 * One answer cut into two outcomes, with one time said (or asked) for the first: the same time goes
 * with the second, so "By when?" is not asked twice and the two never get different dates. A second
 * step with a time of its own keeps it.
 */

/** The second step's words, with the first outcome's time after them when it has none of its own. */
export function secondStepWithTime(draft: Draft, today: Date, second: { topic?: string; text: string }): string {
  const context = coachContextOf(draft, today);
  if (findTimeframe(second.text, context)) return second.text;
  const first = [...draft.outcomes].reverse().find((o) => o.aspirationId === (second.topic ?? o.aspirationId) && o.timeframe);
  const phrase = first?.timeframe?.phrase;
  return phrase ? `${second.text.trim().replace(/[.!]+$/, '')} ${phrase}` : second.text;
}
