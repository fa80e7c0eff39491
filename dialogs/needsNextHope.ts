import type { Draft } from '../src/domain/draft';
import { hopesInDepth } from './hopesInDepth';
import { linkOfferAfter } from './needsLinkOffer';
import { Step } from './ids';
import { NeedsText } from './needsText';
import type { Next } from './stageDialog';

/** The chosen hope after this one (in the order given), or the end of the stage. */
export function nextHopeAfter(draft: Draft | undefined, hopeId: string | undefined, asked: ReadonlySet<string>): Next {
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
