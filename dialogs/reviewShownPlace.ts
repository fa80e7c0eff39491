import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS } from '../src/domain/draftSummary';
import { asksToRemove } from '../src/language';
import { placePicked } from '../src/language/listPick';
import { Step } from './ids';
import type { Position } from './journey';
import { changeableItems } from './reviewItems';
import { SummaryData } from './reviewSummary';
import type { Next } from './stageDialog';

/*
 * "delete the first one" while one part of the plan is shown in full (the hard things, say): a
 * place said plainly is the place in the list the person is looking at, not in the whole plan.
 */

const SHOWN_KINDS: Readonly<Record<string, readonly string[]>> = {
  aboutMe: [SUMMARY_LABEL_KEYS.strengths, SUMMARY_LABEL_KEYS.important, SUMMARY_LABEL_KEYS.support],
  hopes: [SUMMARY_LABEL_KEYS.aspiration],
  needs: [SUMMARY_LABEL_KEYS.need],
  outcomes: [SUMMARY_LABEL_KEYS.outcome],
};

/** The item at the place named in the part being shown, read back for a yes; undefined otherwise. */
export function removePlaceInShownPart(draft: Draft | undefined, position: Position, text: string): Next | undefined {
  const kinds = SHOWN_KINDS[position.data?.[SummaryData.show] ?? ''];
  const named = kinds && draft ? asksToRemove(text) : null;
  if (!kinds || !draft || named === null) return undefined;
  const items = changeableItems(draft).filter((i) => kinds.includes(i.labelKey));
  const place = placePicked(named, items.length);
  const item = place === undefined ? undefined : items[place - 1];
  return item ? { goTo: { step: Step.reviewChange, data: { itemId: item.id, remove: 'yes', namedInChat: 'yes' } } } : undefined;
}
