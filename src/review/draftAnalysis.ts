import type { DraftAnalysis, SmartFlags } from '../domain/checks';
import type { Draft } from '../domain/draft';
import { personOnCalendar } from '../domain/schoolYear';
import { analyseStatement } from '../language';

/** SMART flags of every outcome, from the language analysis, for the review page's notes. */
export function analyseDraftOutcomes(draft: Draft, today: Date): DraftAnalysis {
  const context = personOnCalendar(draft.youngPerson, today);
  const smart: Record<string, SmartFlags> = {};
  for (const outcome of draft.outcomes) {
    const flags = analyseStatement(outcome.statement, context).smart;
    // The statement's words alone cannot show a timeframe the person chose from a list.
    smart[outcome.id] = { ...flags, timeBound: flags.timeBound || Boolean(outcome.timeframe) };
  }
  return { smart };
}
