import { MAX_OUTCOMES } from '../src/domain/checks';
import { addAspiration, addNeed, removeItem, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { needSection, placeOfDays, quoteOf, themeOfWords } from '../src/language';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
import { movableItems, type Kind } from './reviewPickable';
import { RequestData as D, ReviewText as T } from './reviewText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * A part said in the wrong place, moved at the review: a need that is a hope, a hope that is a
 * need, or a need kept under the hope they name ("the anxious customers thing under the games
 * shop hope"). Read back and agreed first; the words stay the person's own.
 */

/** The heading of the card a part moves to. */
export const KIND_HEADING: Record<Kind, string> = { hope: T.cardHopes, need: T.cardNeeds };

/** "the anxious customers thing under the games shop hope": that part, to keep as a hard thing of that hope, after a yes. */
export function underHope(draft: Draft, target: string): Next | undefined {
  const said = /^(.+?)\s+(?:under|for|with|into|in|to)\s+(?:the\s+|my\s+|his\s+|her\s+)?(.+?)\s+(?:hope|dream|one)$/i.exec(target);
  if (!said) return undefined;
  const named = matchItems(draft, movableItems(draft, 'need'), said[1]!);
  const hopes = matchItems(draft, changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration), said[2]!);
  if (named.length !== 1 || hopes.length !== 1 || named[0]!.id === hopes[0]!.id) return undefined;
  return { goTo: { step: Step.reviewChange, data: { itemId: named[0]!.id, [D.moveTo]: 'need', [D.hopeId]: hopes[0]!.id } } };
}

/**
 * A part said in the wrong place goes where it belongs, in the same words: to the hopes (then
 * its outcome can follow), or to what makes things hard, for the other hopes. Outcomes that were
 * towards a hope that is now a need answer that need instead.
 */
export async function moveItem(session: JourneySession, draft: Draft, item: SummaryItem, to: Kind, underHopeId?: string): Promise<Next> {
  const hope = underHopeId ? draft.aspirations.find((a) => a.id === underHopeId) : undefined;
  let hopeId = '';
  await session.updateDraft('moved in review', (d) => {
    const without = removeItem(d, item.id);
    if (to === 'hope') {
      const added = addAspiration(without, item.text, themeOfWords(item.text));
      hopeId = added.aspiration.id;
      return added.draft;
    }
    // Under the hope they named, else for every hope left.
    const added = addNeed(without, item.text, hope ? [hope.id] : without.aspirations.map((a) => a.id), needSection(item.text, placeOfDays(without)));
    const wasTowards = new Set(d.outcomes.filter((o) => o.aspirationId === item.id).map((o) => o.id));
    return { ...added.draft, outcomes: added.draft.outcomes.map((o) => (wasTowards.has(o.id) ? { ...o, needIds: [...o.needIds, added.need.id] } : o)) };
  });
  const moved: Words = hope ? { key: T.moveMovedUnderHope, vars: { text: quoteOf(item.text), hope: quoteOf(hope.text) } } : { key: T.moveMoved, vars: { text: quoteOf(item.text), to: session.t(KIND_HEADING[to]) } };
  if (to === 'need' || draft.outcomes.length >= MAX_OUTCOMES) return { say: [moved], goTo: { step: Step.reviewSummary } };
  return { say: [moved], goTo: { step: Step.reviewChange, data: { [D.addHope]: 'outcome', [D.hopeId]: hopeId } } };
}
