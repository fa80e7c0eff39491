import type { Draft } from '../src/domain/draft';
import { findTimeframe } from '../src/language';
import { coachContextOf } from './outcomeCoach';
import type { Journey } from './journey';

/*
 * One answer cut into two outcomes, with one time said (or asked) for the first: the same time goes
 * with the second, so "By when?" is not asked twice and the two never get different dates. A second
 * step with a time of its own keeps it. The time is carried as the step question's time said on its
 * own (WHEN_SAID), so it stays when the bot asks about the second step and new words answer.
 */

type KeptStep = NonNullable<Journey['nextStep']>;

/**
 * The time that goes with the kept second step: none when it says its own; the time said "for both"
 * when there was one; otherwise the first outcome's time (read now, so a date put right is carried as put right).
 */
export function carriedTime(draft: Draft, today: Date, second: KeptStep): string | undefined {
  if (findTimeframe(second.text, coachContextOf(draft, today))) return undefined;
  if (second.when) return second.when;
  const first = [...draft.outcomes].reverse().find((o) => o.aspirationId === (second.topic ?? o.aspirationId) && o.timeframe);
  return first?.timeframe?.phrase;
}
