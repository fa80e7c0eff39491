import type { Draft } from '../src/domain/draft';
import type { SummaryItem } from '../src/domain/draftSummary';
import { asksToRemove } from '../src/language';
import { placePicked } from '../src/language/listPick';
import { Step } from './ids';
import { changeableItems } from './reviewItems';
import type { Next } from './stageDialog';

/*
 * "take out number 3" means the third part of the numbered list the person saw last, even when that
 * list was a few parts to choose from, or put the parts in another order than the whole plan.
 */

/** "3", "number 3", "no. 3", "#3", "the 3rd one" is not here: a number alone, as typed from a numbered list. */
const BARE_NUMBER = /^\s*(?:(?:the\s+)?(?:one|item|part|bit)\s+)?(?:number\s+|num\s+|no\.?\s+|#)?(\d{1,2})(?:\s+(?:one|please|pls))?\s*[.!]*\s*$/i;

/** The number typed alone (after "take out", if said), or undefined. */
export function numberTyped(text: string): number | undefined {
  const match = BARE_NUMBER.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The parts of the list shown last, in its order; undefined when it is not known or no longer fits the plan. */
export function listShownItems(draft: Draft, shown: readonly string[] | undefined): SummaryItem[] | undefined {
  if (!shown || shown.length === 0) return undefined;
  const items = changeableItems(draft);
  const listed = shown.map((id) => items.find((i) => i.id === id));
  return listed.every((i): i is SummaryItem => i !== undefined) ? listed : undefined;
}

/**
 * "take out number 3", "3" at the read-back: the third part of the list shown last, read back
 * before anything changes. Undefined when no number is typed alone, or the list shown is the whole
 * plan in its own order (then the plan's numbers are the same).
 */
export function numberInListShown(draft: Draft | undefined, shown: readonly string[] | undefined, text: string): Next | undefined {
  const listed = draft ? listShownItems(draft, shown) : undefined;
  if (!draft || !listed) return undefined;
  const removal = asksToRemove(text);
  const number = numberTyped(removal ?? text);
  const item = number === undefined ? undefined : listed[number - 1];
  if (!item) return undefined;
  const all = changeableItems(draft);
  if (all[number! - 1]?.id === item.id) return undefined;
  return { goTo: { step: Step.reviewChange, data: { itemId: item.id, ...(removal !== null ? { remove: 'yes' } : {}) } } };
}

/**
 * "the first one", "the last one" where a part is picked: that place in the list just shown (or the
 * parts offered, when no list is known), with no kind word needed. Undefined for anything else.
 */
export function placeInListShown(draft: Draft, shown: readonly string[] | undefined, offered: readonly SummaryItem[], text: string, mode: Record<string, string>): Next | undefined {
  const listed = listShownItems(draft, shown) ?? offered;
  const place = placePicked(asksToRemove(text) ?? text, listed.length);
  const item = place === undefined ? undefined : listed[place - 1];
  return item ? { goTo: { step: Step.reviewChange, data: { itemId: item.id, ...mode } } } : undefined;
}
