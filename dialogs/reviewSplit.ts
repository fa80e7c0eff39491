import { splitItem, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { partsOf, readSplitAsked } from '../src/language/splitItemAsked';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { changeableItems, matchItems } from './reviewItems';
import { listShownItems } from './reviewListShown';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "split 4": the part named made two (or more), its parts read back first for a yes. A hope, a hard
 * thing or a goal can be split; a goal keeps its time and hope, each part said as "I will ...".
 * When the part holds one thing only, its new words are asked for instead.
 */

const SPLITTABLE = new Set<string>([SUMMARY_LABEL_KEYS.aspiration, SUMMARY_LABEL_KEYS.need, SUMMARY_LABEL_KEYS.outcome]);

/** "split 4", "split the job one": the parts read back for a yes; undefined when no part is named so. */
export function splitAtReview(session: JourneySession, draft: Draft | undefined, text: string): Next | undefined {
  const named = draft ? readSplitAsked(text) : null;
  if (!draft || !named) return undefined;
  const items = listShownItems(draft, session.journey.listShown) ?? changeableItems(draft);
  const found = matchItems(draft, items, named);
  const item = found.length === 1 ? found[0] : undefined;
  if (!item) return undefined;
  if (!SPLITTABLE.has(item.labelKey)) return { say: [{ key: T.splitOnlyParts }], goTo: { step: Step.reviewChange, data: { itemId: item.id } } };
  const parts = partsOf(item.text, item.labelKey === SUMMARY_LABEL_KEYS.outcome);
  if (parts.length < 2) return { say: [{ key: T.splitOneThing, vars: { text: quoteOf(item.text, 25) } }], goTo: { step: Step.reviewChange, data: { itemId: item.id } } };
  return { goTo: { step: Step.reviewChange, data: { [D.split]: item.id, [D.parts]: parts.join('\n') } } };
}

/** "Split "reading and travel" into these?" with the parts, one a line. */
export function splitQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const id = position.data?.[D.split];
  const item = draft && id ? changeableItems(draft).find((i) => i.id === id) : undefined;
  if (!item) return undefined;
  const list = (position.data?.[D.parts] ?? '').split('\n').map((p) => `- ${p}`).join('\n');
  return { step: Step.reviewChange, words: { key: T.splitConfirm, vars: { text: quoteOf(item.text, 25), list } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** "yes": the part made two; "no": left as it was. */
export async function answerSplit(session: JourneySession, position: Position, text: string): Promise<Next> {
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  const id = position.data?.[D.split] ?? '';
  const parts = (position.data?.[D.parts] ?? '').split('\n').filter(Boolean);
  await session.updateDraft('part split in two at the review', (d) => splitItem(d, id, parts));
  return { say: [{ key: T.splitDone, vars: { count: parts.length } }], goTo: { step: Step.reviewSummary } };
}
