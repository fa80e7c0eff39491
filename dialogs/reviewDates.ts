import { markItemChanged, updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { longDate } from '../src/domain/dates';
import { outcomePartItemId } from '../src/domain/itemIds';
import { quoteOf } from '../src/language';
import { outcomesNamed } from '../src/language/dateChange';
import { readDatesChange } from '../src/language/datesChange';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import { timeframeOf, withNewTime } from './reviewOutcomeField';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * One new date for several goals ("change all the dates to june 2028", "the job one and the cook
 * one to june 2028"): the goals are read back in the plan's order, whatever order they were named
 * in, and after a yes each one's date (and the sentence that says it) changes, read back again in
 * that order.
 */

const hopeTextOf = (draft: Draft) => (o: Outcome) => draft.aspirations.find((a) => a.id === o.aspirationId)?.text ?? '';

/** The goals in the plan's order. */
const inPlanOrder = (draft: Draft, ids: readonly string[]): Outcome[] => draft.outcomes.filter((o) => ids.includes(o.id));

const listOf = (statements: readonly string[]): string => statements.map((s) => `- ${quoteOf(s, 25)}`).join('\n');

/** "change all the dates to june 2028": the goals named, read back for a yes; undefined when fewer than two are named. */
export function datesRequestAtReview(session: JourneySession, draft: Draft | undefined, text: string): Next | undefined {
  const change = draft && draft.outcomes.length > 1 ? readDatesChange(text, coachContextOf(draft, session.today)) : null;
  if (!draft || !change) return undefined;
  const found = change.about === 'all' ? draft.outcomes : change.about.map((words) => outcomesNamed(draft.outcomes, words, hopeTextOf(draft))).filter((f) => f.length === 1).map((f) => f[0]!);
  const ids = [...new Set(found.map((o) => o.id))];
  if (ids.length < 2 || !timeframeOf(session, draft, change.to)) return undefined;
  return { goTo: { step: Step.reviewChange, data: { [D.dates]: inPlanOrder(draft, ids).map((o) => o.id).join(' '), [D.newText]: change.to } } };
}

/** "Change the date of these goals to June 2028?", the goals one a line in the plan's order. */
export function datesQuestion(session: JourneySession, draft: Draft | undefined, position: Position): Question | undefined {
  const ids = position.data?.[D.dates]?.split(' ');
  const to = position.data?.[D.newText];
  const timeframe = draft && ids && to ? timeframeOf(session, draft, to) : null;
  if (!draft || !ids || !timeframe) return undefined;
  const list = listOf(inPlanOrder(draft, ids).map((o) => o.statement));
  return { step: Step.reviewChange, words: { key: T.datesConfirm, vars: { when: quoteOf(timeframe.phrase), date: longDate(timeframe.date), list } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** "yes": each goal's date and sentence changed, read back in the plan's order; "no": left as they were. */
export async function answerDates(session: JourneySession, position: Position, text: string): Promise<Next> {
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  const ids = position.data?.[D.dates]?.split(' ') ?? [];
  const to = position.data?.[D.newText] ?? '';
  const updated = await session.updateDraft('dates changed in review', (d) => {
    const timeframe = timeframeOf(session, d, to);
    if (!timeframe) return d;
    return inPlanOrder(d, ids).reduce((next, o) => markItemChanged(updateOutcome(next, o.id, { timeframe, statement: withNewTime(next, o, timeframe) }), outcomePartItemId(o.id, 'when'), session.today), d);
  });
  return { say: [{ key: T.datesChanged, vars: { list: listOf(inPlanOrder(updated, ids).map((o) => o.statement)) } }], goTo: { step: Step.reviewSummary } };
}
