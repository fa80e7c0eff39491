import { setMostImportantHope, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, summaryItems } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { mostImportantSaid } from '../src/language/mostImportant';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
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
  // "number 2", "hope 5": the number shown in the list; a number that is not a hope is said and asked about.
  const number = /^(?:(?:hope|dream|one)\s+)?(?:number\s+|no\.?\s+|#)?(\d{1,2})$/.exec(named)?.[1];
  if (number) {
    const shown = changeableItems(draft)[Number(number) - 1];
    if (!shown) return undefined;
    if (shown.labelKey !== SUMMARY_LABEL_KEYS.aspiration) return { say: [{ key: T.priorityNotAHope, vars: { number, text: quoteOf(shown.text) } }], goTo: { step: Step.reviewSummary } };
  }
  const found = number ? changeableItems(draft).slice(Number(number) - 1, Number(number)) : matchItems(draft, hopes, named);
  const hope = found.length === 1 ? found[0] : undefined;
  if (!hope) return undefined;
  await session.updateDraft('hope that matters most', (d) => setMostImportantHope(d, hope.id));
  return { say: [{ key: T.priorityKept, vars: { text: quoteOf(hope.text) } }], goTo: { step: Step.reviewSummary } };
}
