import type { CardAction } from 'botbuilder';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { willFirstLabel } from '../src/language/willFirst';
import type { Position } from './journey';

/*
 * The review's list of parts to change, a page of buttons at a time: a long draft has more parts
 * than fit, so the last button is "More" and "more", "next" or "the rest" shows the next page.
 * Every part keeps its own number on every page, so "14" picks the same part from any page.
 */

/** Position note at review.change: which page of parts is shown (from 0). */
export const PAGE = 'page';
/** Buttons of parts on one page; one more button, "More", when parts are left over: at most 8, as a phone shows them. */
const PER_PAGE = 7;
const LABEL_LENGTH = 40;

export const MORE_LABEL_KEY = 'review:change.more';

function shortLabel(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

export const pageOf = (position: Position): number => Math.max(0, Number(position.data?.[PAGE] ?? '0') || 0);

/** The buttons of the page shown: its parts by their own numbers, and "More" when parts are left. */
export function changeActions(items: readonly SummaryItem[], position: Position, more: string): CardAction[] {
  const pages = Math.ceil(items.length / PER_PAGE);
  const page = items.length > PER_PAGE + 1 ? pageOf(position) % pages : 0;
  const size = items.length > PER_PAGE + 1 ? PER_PAGE : items.length;
  const shown = items.slice(page * size, page * size + size).map((item, i) => {
    // Goals all start with their time: "I will ..." first on their buttons, the time after.
    const words = item.labelKey === SUMMARY_LABEL_KEYS.outcome ? willFirstLabel(item.text, LABEL_LENGTH) : shortLabel(item.text);
    const label = `${page * size + i + 1}. ${words}`;
    return { type: 'imBack', title: label, value: label };
  });
  return size < items.length ? [...shown, { type: 'imBack', title: more, value: more }] : shown;
}

/** "more", "next", "show me the rest", "other ones please": the next page of parts. */
const MORE =
  /^(?:(?:show|see|give|can\s+i\s+see|i\s+want|please|pls|me|the|some)\s+)*(?:more|next|next\s+page|next\s+ones?|the\s+rest|rest|others|other\s+ones|other\s+items|other\s+parts|further|later\s+ones|after\s+\d{1,2})(?:\s+(?:please|pls|plz|ones|items|parts|options|of\s+them|buttons))*[\s.!?…]*$/i;

export function asksForMore(text: string): boolean {
  return MORE.test(text.trim().replace(/\s+/g, ' '));
}

/** The same question, on the next page (back to the first after the last). */
export function nextPage(position: Position, count: number): Position {
  const pages = Math.max(1, Math.ceil(count / PER_PAGE));
  return { ...position, data: { ...(position.data ?? {}), [PAGE]: String((pageOf(position) + 1) % pages) } };
}

/** More parts than one page holds. */
export const hasPages = (count: number): boolean => count > PER_PAGE + 1;
