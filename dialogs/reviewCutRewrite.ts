import type { Draft } from '../src/domain/draft';
import type { SummaryItem } from '../src/domain/draftSummary';
import { cutWithNewWords } from '../src/language';
import { Step } from './ids';
import { holds, LABEL_FIELD, outcomeIdOf, pointable, WORD_FIELDS } from './reviewNamedEdit';
import { RequestData as D } from './reviewText';
import type { Next } from './stageDialog';

/*
 * "take out the bit about the dryer. it should say: Luca gets upset by loud noises ...": the whole
 * new wording is what is meant. It is read back for a yes in place of the part that holds the words
 * cut (or the part being changed), never the cut alone.
 */

/** The part the new wording replaces, read back for a yes; undefined when no new wording is given or no one part holds the cut. */
export function cutWithNewWordsAt(draft: Draft | undefined, text: string, current?: SummaryItem): Next | undefined {
  const given = draft ? cutWithNewWords(text) : undefined;
  if (!draft || !given) return undefined;
  const near = pointable(draft).filter((i) => holds(i, given.cut));
  const item = current && near.some((i) => i.id === current.id) ? current : near.length === 1 ? near[0] : current;
  if (!item) return undefined;
  const field = LABEL_FIELD.get(item.labelKey);
  const outcomeId = outcomeIdOf(item);
  if (field && outcomeId && WORD_FIELDS.has(field)) return { goTo: { step: Step.reviewChange, data: { itemId: outcomeId, [D.field]: field, [D.newText]: given.to } } };
  return field ? undefined : { goTo: { step: Step.reviewChange, data: { itemId: item.id, [D.newText]: given.to } } };
}
