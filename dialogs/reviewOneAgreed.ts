import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS } from '../src/domain/draftSummary';
import { updateOutcome } from '../src/domain/outcomeOperations';
import { quoteOf } from '../src/language';
import { yesToOnePart } from '../src/language/yesToOnePart';
import { Step } from './ids';
import type { Position } from './journey';
import { changeableItems, matchItems } from './reviewItems';
import { SummaryData } from './reviewSummary';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "yes stack shelves is ok" at the read-back agrees that one goal, never the whole plan: the plan
 * is finished only by a yes to all of it, so the read-back stays open after the one goal is agreed.
 */

export const OneAgreedText = { agreed: 'review:oneAgreed.agreed' } as const;

/** The goal named with a yes is agreed, and the read-back asked again; undefined when no one goal is named. */
export async function oneOutcomeAgreed(session: JourneySession, draft: Draft | undefined, position: Position, text: string): Promise<Next | undefined> {
  if (!draft) return undefined;
  const named = yesToOnePart(text);
  if (!named) return undefined;
  const goals = changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome);
  const picked = matchItems(draft, goals, named);
  const outcome = picked.length === 1 ? draft.outcomes.find((o) => o.id === picked[0]!.id) : undefined;
  if (!outcome) return undefined;
  if (!outcome.confirmed) await session.updateDraft('one goal agreed at the read-back', (d) => updateOutcome(d, outcome.id, { confirmed: true }));
  // A hope read back on its own (easy read) is asked about again; the short read-back is asked briefly, never printed again.
  const again: Position = position.data?.[SummaryData.part] !== undefined ? position : { ...position, step: Step.reviewSummary, data: { [SummaryData.brief]: '1' } };
  return { say: [{ key: OneAgreedText.agreed, vars: { text: quoteOf(outcome.statement) } }], goTo: again };
}
