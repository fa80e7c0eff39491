import type { Draft } from '../src/domain/draft';
import { Step } from './ids';
import { hopesInDepth, MAX_NEEDS_PER_HOPE } from './hopesInDepth';
import { linkOfferAfter } from './needsLinkOffer';
import { NeedsText } from './needsText';
import type { Next } from './stageDialog';

/*
 * Where the needs stage goes after an answer: more for this hope, the next hope, or the end.
 * Kept apart from the reading of answers, so every answer moves on the same way.
 */

/** "Anything else?" while this hope has room for more needs and the list was not ended; otherwise the next hope. */
export function afterHelps(draft: Draft | undefined, hopeId: string | undefined, asked: ReadonlySet<string>, ended = false): Next {
  if (ended) return nextHope(draft, hopeId, asked);
  const count = draft?.needs.filter((n) => hopeId !== undefined && n.aspirationIds.includes(hopeId)).length ?? 0;
  if (hopeId && count < MAX_NEEDS_PER_HOPE) return { goTo: { step: Step.needsMore, topic: hopeId } };
  return nextHope(draft, hopeId, asked);
}

/** The chosen hope after this one (in the order given), or the end of the stage. */
export function nextHope(draft: Draft | undefined, hopeId: string | undefined, asked: ReadonlySet<string>): Next {
  const all = draft?.aspirations ?? [];
  const index = all.findIndex((a) => a.id === hopeId);
  // After a hope passed over was asked about ("u skipped my english resit hope"), those already answered are not asked again.
  const next = hopesInDepth(draft).find((hope) => all.indexOf(hope) > index && !asked.has(hope.id));
  if (next) return { goTo: { step: Step.needsBarrier, topic: next.id } };
  // A hard thing said earlier for no hope is offered once, before the stage ends.
  const offer = linkOfferAfter(draft);
  if (offer) return { goTo: offer };
  // More hopes than a plan has outcomes: the person hears why some were not asked about.
  const left = (draft?.aspirations.length ?? 0) - hopesInDepth(draft).length;
  return { say: [left > 0 ? { key: NeedsText.doneSomeLeft } : { key: NeedsText.done }] };
}
