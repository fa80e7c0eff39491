import type { Draft } from '../src/domain/draft';
import { summaryItems, SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { dotsAsked, meaningWordsOf, toldAsked } from '../src/language/reviewQuestions';
import { Step } from './ids';
import { RequestData as D } from './reviewText';
import { SummaryData } from './reviewSummary';
import type { Next } from './stageDialog';

/*
 * Questions about the plan at the read-back, answered from the draft: "why has the bus bit got dots
 * at the end tho, is the rest still there?" (the dots only shorten it on screen: the part in full), and
 * "did i tell you i cant drive anymore?" (yes with what was kept, or no and an offer to add it as a
 * hard thing). Then which part, briefly: the whole plan is not printed again.
 */

export const PlanAskedText = {
  dotsFull: 'review:planAsked.dotsFull',
  dotsWhich: 'review:planAsked.dotsWhich',
  dotsAlso: 'review:planAsked.dotsAlso',
  toldYes: 'review:planAsked.toldYes',
  toldNo: 'review:planAsked.toldNo',
} as const;

const MAX_SHOWN = 3;
/** Longer than this, a part is shortened on screen (as quotes are): those are the parts with dots. */
const SHOWN_WORDS = 12;
const backToQuestion: Next['goTo'] = { step: Step.reviewSummary, data: { [SummaryData.brief]: '1' } };

const wordsOf = (text: string): string[] => text.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** The same word, or one of the same stem by its first four letters ("drive", "driving"). */
const sameWord = (a: string, b: string): boolean => a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));
const itemsNaming = (items: readonly SummaryItem[], named: readonly string[]): SummaryItem[] =>
  named.length === 0 ? [] : items.filter((item) => named.every((w) => wordsOf(item.text).some((k) => sameWord(w, k))));

/** The answer to a question about the plan at the read-back; undefined for any other message. */
export function planAskedAtReview(draft: Draft | undefined, text: string): Next | undefined {
  if (!draft) return undefined;
  const dots = dotsAsked(text);
  if (dots) {
    const named = itemsNaming(summaryItems(draft), dots);
    const shortened = named.filter((item) => item.text.split(/\s+/).length > SHOWN_WORDS);
    const items = (shortened.length > 0 ? shortened : named).slice(0, MAX_SHOWN);
    if (items.length === 0) return { say: [{ key: PlanAskedText.dotsWhich }], goTo: backToQuestion };
    return { say: items.map((item, i) => ({ key: i === 0 ? PlanAskedText.dotsFull : PlanAskedText.dotsAlso, vars: { text: item.text } })), goTo: backToQuestion };
  }
  const told = toldAsked(text);
  if (told) {
    // Only what the person told: about them, their hopes, what is hard, their outcomes.
    const said = summaryItems(draft).filter((i) => i.labelKey !== SUMMARY_LABEL_KEYS.outcomeWhen);
    const words = meaningWordsOf(told).filter((w) => w.length >= 3);
    const found = words.length > 0 ? said.find((item) => words.some((w) => wordsOf(item.text).some((k) => sameWord(w, k)))) : undefined;
    if (found) return { say: [{ key: PlanAskedText.toldYes, vars: { text: found.text } }], goTo: backToQuestion };
    return { say: [{ key: PlanAskedText.toldNo }], goTo: { step: Step.reviewChange, data: { [D.addNeed]: 'confirm', [D.need]: told } } };
  }
  return undefined;
}
