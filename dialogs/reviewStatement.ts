import type { Draft } from '../src/domain/draft';
import { findTimeframe } from '../src/language';
import { timeContextOf } from './outcomeTimeframes';
import { proposedStatement } from './outcomeQuestion';

/*
 * An outcome reworded at the review ("i will count my change in a shop") keeps its time: the new
 * words are made into the whole sentence again, led by the time it had ("By summer (July 2027),
 * I will count my change in a shop."). New words with a time of their own are kept as typed.
 */

/** The statement to keep for an outcome's new words. */
export function rewordedStatement(draft: Draft, outcomeId: string, words: string, today: Date): string {
  const outcome = draft.outcomes.find((o) => o.id === outcomeId);
  if (!outcome?.timeframe || findTimeframe(words, timeContextOf(draft, today))) return words;
  return proposedStatement(draft, { ...outcome, statement: words, confirmed: false }, false, false);
}
