import { moveOutcome, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { orderMoveSaid } from '../src/language/orderMove';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
import { ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "Thank you. Now the toilet goal please move it to before the swimming one" at the read-back: that
 * goal is put before the other, and the bot says so. Thanks before it are never kept. When the goals
 * meant are not clear, the bot says so kindly and nothing moves.
 */

export async function orderIn(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  const said = draft ? orderMoveSaid(text) : null;
  if (!draft || !said) return undefined;
  const goals = changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome);
  const one = (words: string) => {
    const found = matchItems(draft, goals, words);
    return found.length === 1 ? found[0] : undefined;
  };
  const moved = one(said.moved);
  const other = one(said.other);
  // "move to a flat before i am 20" names no goal: a wish, read as usual.
  if (!moved && !other) return undefined;
  if (!moved || !other || moved.id === other.id) return { say: [{ key: T.orderNotClear }], goTo: { step: Step.reviewSummary } };
  await session.updateDraft('goal moved in the list', (d) => moveOutcome(d, moved.id, said.place, other.id));
  const key = said.place === 'after' ? T.orderMovedAfter : T.orderMovedBefore;
  return { say: [{ key, vars: { moved: quoteOf(moved.text), other: quoteOf(other.text) } }], goTo: { step: Step.reviewSummary } };
}
