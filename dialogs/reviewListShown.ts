import type { Draft } from '../src/domain/draft';
import type { SummaryItem } from '../src/domain/draftSummary';
import { asksToRemove } from '../src/language';
import { listNumbersIn } from '../src/language/listNumber';
import { placePicked } from '../src/language/listPick';
import { Step } from './ids';
import { changeableItems } from './reviewItems';
import { RequestData as D, ReviewText as T } from './reviewText';
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

/**
 * "4 and 5", "both 4 and 5", "43 can go" where the parts are numbered: every number is acted on,
 * never only the first. Numbers with "can go" are read back to take out, for one yes; numbers
 * alone are offered to pick from. A number past the end changes nothing: they are told which
 * numbers there are. Undefined for one number alone (picked as ever) or other words.
 */
export function numbersNamed(items: readonly SummaryItem[], text: string, data: Record<string, string> = {}): Next | undefined {
  const named = listNumbersIn(text);
  // Typed after "delete", or where a part is being picked to take out, the numbers go too.
  const goes = named?.goes === true || data.remove === 'yes';
  if (!named || (named.numbers.length < 2 && !goes) || items.length === 0) return undefined;
  const mode: Record<string, string> = goes ? { ...data, remove: 'yes' } : data;
  const past = named.numbers.find((n) => n < 1 || n > items.length);
  if (past !== undefined) return { say: [{ key: T.numberNotInList, vars: { number: String(past), count: String(items.length) } }], goTo: { step: Step.reviewChange, data: mode }, miss: true };
  const picked = named.numbers.map((n) => items[n - 1]!);
  if (picked.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: picked[0]!.id, remove: 'yes' } } };
  if (goes) return { goTo: { step: Step.reviewChange, data: { remove: 'yes', [D.many]: picked.map((i) => i.id).join(' ') } } };
  return { goTo: { step: Step.reviewChange, data: { ...mode, [D.choose]: picked.map((i) => i.id).join(' ') } } };
}
