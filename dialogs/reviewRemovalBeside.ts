import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import type { Draft } from '../src/domain/draft';
import { asksToRemove } from '../src/language';
import { partNamedInRemark } from '../src/language/partInRemark';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
import type { Next } from './stageDialog';

/**
 * "the reading one isnt a hope, get rid of it": one sentence asks to take something out, another
 * names it. The part named, to ask about before it goes; undefined when the message is not that.
 */
export function removalNamedBeside(draft: Draft | undefined, text: string): Next | undefined {
  if (!draft) return undefined;
  // "the arsenal thing was a joke lol take it out": a laugh ends the remark as a full stop would.
  const pieces = text.split(/[.!?;,]+|\s+(?:and|so|just|pls|please|lol|lmao|haha\w*)\s+/i).map((p) => p.trim()).filter(Boolean);
  const at = pieces.findIndex((piece) => asksToRemove(piece) === '');
  if (at < 0 || pieces.length < 2) return undefined;
  const remark = pieces.filter((_, i) => i !== at).join(' ');
  // "i said the arsenal thing was a joke": only "arsenal" names the part; "joke" in another part never picks it.
  const thing = partNamedInRemark(remark);
  const named = hopeOverItsOwn(draft, matchItems(draft, changeableItems(draft), thing ?? remark));
  if (named.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: named[0]!.id, remove: 'yes' } } };
  // A part named that none holds ("the chelsea thing"): which one is asked, never another guessed.
  return thing ? { goTo: { step: Step.reviewChange, data: { remove: 'yes' } } } : undefined;
}

/**
 * "the arsenal thing" where the hope and its goal both say "arsenal": the hope is meant, and taking
 * it out takes its goals with it. Parts of other hopes still leave the choice open.
 */
function hopeOverItsOwn(draft: Draft, named: SummaryItem[]): SummaryItem[] {
  const hopes = named.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  if (named.length < 2 || hopes.length !== 1) return named;
  const hopeId = hopes[0]!.id;
  const own = new Set([
    ...draft.outcomes.filter((o) => o.aspirationId === hopeId).map((o) => o.id),
    ...draft.needs.filter((n) => n.aspirationIds.includes(hopeId)).map((n) => n.id),
  ]);
  return named.every((i) => i.id === hopeId || own.has(i.id)) ? hopes : named;
}
