import type { DraftAnalysis, SmartFlags } from '../domain/checks';
import type { Draft } from '../domain/draft';
import { analyseStatement } from '../language';

/** SMART flags of every outcome, from the language analysis, for the review page's notes. */
export function analyseDraftOutcomes(draft: Draft, today: Date): DraftAnalysis {
  const schoolYear = draft.youngPerson.schoolYear;
  const context = { today: today.toISOString().slice(0, 10), ...(schoolYear !== undefined ? { schoolYear } : {}) };
  const smart: Record<string, SmartFlags> = {};
  for (const outcome of draft.outcomes) {
    const flags = analyseStatement(outcome.statement, context).smart;
    // The statement's words alone cannot show a timeframe the person chose from a list.
    smart[outcome.id] = { ...flags, timeBound: flags.timeBound || Boolean(outcome.timeframe) };
  }
  return { smart };
}
