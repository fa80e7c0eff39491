import { setMostImportantHope, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, summaryItems } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { mostImportantSaid } from '../src/language/mostImportant';
import { Step } from './ids';
import { matchItems } from './reviewItems';
import { ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "the most important one is the flat" at the read-back: that hope is marked as mattering most
 * and put first, in the chat, the review site and the exports. Only a hope already kept is
 * marked; words that name none are read as usual (a new hope is offered a place).
 */

export async function priorityIn(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  const named = draft ? mostImportantSaid(text) : null;
  if (!draft || !named) return undefined;
  const hopes = summaryItems(draft).filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  const found = matchItems(draft, hopes, named);
  const hope = found.length === 1 ? found[0] : undefined;
  if (!hope) return undefined;
  await session.updateDraft('hope that matters most', (d) => setMostImportantHope(d, hope.id));
  return { say: [{ key: T.priorityKept, vars: { text: quoteOf(hope.text) } }], goTo: { step: Step.reviewSummary } };
}
