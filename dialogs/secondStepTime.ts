import type { Draft } from '../src/domain/draft';
import { findTimeframe } from '../src/language';
import { coachContextOf } from './outcomeCoach';
import type { Journey } from './journey';

/*
 * One answer cut into two outcomes: the second has its own date. A time said "for both" goes with
 * the second too; otherwise "By when?" is asked for it, as for every outcome, and the first one's
 * date is never copied without asking. The time is carried as the step question's time said on its
 * own (WHEN_SAID), so it stays when the bot asks about the second step and new words answer.
 */

type KeptStep = NonNullable<Journey['nextStep']>;

/** The time that goes with the kept second step: none when it says its own; the time said "for both" when there was one. */
export function carriedTime(draft: Draft, today: Date, second: KeptStep): string | undefined {
  if (findTimeframe(second.text, coachContextOf(draft, today))) return undefined;
  return second.when;
}
