import type { Draft, Timeframe } from '../src/domain/draft';
import { findTimeframe } from '../src/language';
import { timeContextOf } from './outcomeTimeframes';
import { proposedStatement } from './outcomeQuestion';

/*
 * An outcome reworded at the review ("i will count my change in a shop") keeps its time: the new
 * words are made into the whole sentence again, led by the time it had ("By summer (July 2027),
 * I will count my change in a shop."). New words with a time of their own ("by july 2027 i will
 * get work experience") bring that time with them: the sentence is built the same way, in their
 * words, and the outcome's date follows it, so the sentence and its date never disagree.
 */

/** The statement to keep for an outcome's new words, and the time they brought with them. */
export function rewordedStatement(draft: Draft, outcomeId: string, words: string, today: Date): { statement: string; timeframe?: Timeframe } {
  const outcome = draft.outcomes.find((o) => o.id === outcomeId);
  if (!outcome) return { statement: words };
  const own = findTimeframe(words, timeContextOf(draft, today));
  if (!outcome.timeframe && !own) return { statement: words };
  const timeframe = own ?? outcome.timeframe;
  const statement = proposedStatement(draft, { ...outcome, statement: words, timeframe, confirmed: false }, false, false);
  return own ? { statement, timeframe: own } : { statement };
}
