import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import type { Position } from './journey';
import { changeableItems, needItems } from './reviewItems';
import { movableOutcomes, toHopeButtons } from './reviewOutcomeHope';
import { needHopeButtons } from './reviewAddHope';
import { RequestData as D } from './reviewText';

/*
 * Which parts a question at review.change offers to pick from: every part, those that fit what was
 * said, the needs for a move to another part of the plan, or the hopes an outcome can move to.
 */

/** Whether the open review.change question is one of these requests (not picking or rewording a part). */
export function isRequestPosition(position: Position): boolean {
  const data = position.data ?? {};
  return Boolean(data[D.twice] || data[D.goalFor] || data[D.addHope] || data[D.addNeed] || data[D.field] || data[D.newText] || data[D.section] || data[D.choose] || data[D.moveTo] || data[D.toHope] || data[D.many] || data[D.allHelp] || data[D.helpMove] || data[D.addHelp] || data[D.split] || data[D.dates]);
}

/** The items offered as buttons at a pick: those that fit what was said, the needs for a move, or every part. */
export function pickableItems(draft: Draft, position: Position): SummaryItem[] {
  const data = position.data ?? {};
  const choose = data[D.choose];
  if (choose) {
    const ids = choose.split(' ');
    return changeableItems(draft).filter((item) => ids.includes(item.id));
  }
  const moveTo = data[D.moveTo];
  if (data[D.section]) return needItems(draft);
  if (data[D.toHope]) return movableOutcomes(draft);
  if (isKind(moveTo)) return movableItems(draft, moveTo);
  return changeableItems(draft);
}

export type Kind = 'hope' | 'need';
export const isKind = (value: string | undefined): value is Kind => value === 'hope' || value === 'need';
const ABOUT_ME = new Set<string>([SUMMARY_LABEL_KEYS.strengths, SUMMARY_LABEL_KEYS.important, SUMMARY_LABEL_KEYS.support]);

/** What can move to the hopes (about me, a need) or to what makes things hard (about me, a hope). */
export function movableItems(draft: Draft, to: Kind): SummaryItem[] {
  const from = to === 'hope' ? SUMMARY_LABEL_KEYS.need : SUMMARY_LABEL_KEYS.aspiration;
  return changeableItems(draft).filter((item) => ABOUT_ME.has(item.labelKey) || item.labelKey === from);
}

/** The parts offered as buttons at this question: a pick's parts, the hopes an outcome can move to; none once a part is picked. */
export function buttonItems(draft: Draft, position: Position): SummaryItem[] | undefined {
  const hopes = toHopeButtons(draft, position) ?? needHopeButtons(draft, position);
  if (hopes) return hopes;
  // Once parts are picked (one, or several to take out together), the question's own choices stay.
  return position.data?.itemId || position.data?.[D.addHope] || position.data?.[D.addNeed] || position.data?.[D.many] || position.data?.[D.twice] || position.data?.[D.split] || position.data?.[D.dates] ? undefined : pickableItems(draft, position);
}
