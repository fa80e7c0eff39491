import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { withNewWords } from '../src/language';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
import { RequestData as D } from './reviewText';
import type { Next } from './stageDialog';

/*
 * "change the tattoo one to tattoo artist": a short name can fit a hope and its goal alike. New words
 * that say no "will" and are nearer the hope's words than its goal's are the hope's new words.
 */

const LITTLE = new Set(['the', 'and', 'my', 'will', 'for', 'with', 'one', 'hope', 'just', 'own', 'get', 'can', 'to']);
const wordsOf = (text: string): Set<string> => new Set((text.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => w.length > 2 && !LITTLE.has(w)));
const shared = (a: Set<string>, text: string): number => [...wordsOf(text)].filter((w) => a.has(w)).length;

/** The one hope "the X one" names when the new words are a hope's shape and closest to it; else undefined. */
export function hopeNearerThanGoal(draft: Draft, one: string, to: string): SummaryItem | undefined {
  if (/\bwill\b/i.test(to)) return undefined;
  const hopes = matchItems(draft, changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration), one);
  if (hopes.length !== 1) return undefined;
  const hope = hopes[0]!;
  const said = wordsOf(to);
  const goals = draft.outcomes.filter((o) => o.aspirationId === hope.id).map((o) => shared(said, o.statement));
  return shared(said, hope.text) > Math.max(0, ...goals) ? hope : undefined;
}

/** "the tattoo one" with new words nearer its hope than its goal: that hope, with those words read back. */
export function hopeShapedChange(draft: Draft, splits: readonly { target: string; to: string }[]): Next | undefined {
  const split = splits.find((s) => s.to);
  const about = split ? /^the\s+(.{2,40}?)\s+one$/i.exec(split.target.trim())?.[1] : undefined;
  const hope = split && about ? hopeNearerThanGoal(draft, about, split.to) : undefined;
  return hope && split ? { goTo: { step: Step.reviewChange, data: { itemId: hope.id, [D.newText]: withNewWords(hope.text, split.target, split.to) } } } : undefined;
}
