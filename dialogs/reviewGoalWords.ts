import type { Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { keyWordShared } from '../src/language/keyWordShared';
import { understandYesNo } from './closedReplies';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { REMOVE_CHOICES, RequestData as D, ReviewText as T, notUnderstood } from './reviewText';
import type { Question } from './say';
import type { Next } from './stageDialog';

/*
 * "have 500 quid saved for a car" typed at the review, when the hope "have my own car" has no goal
 * yet: it is most likely a goal for that hope, so that is asked first ("Is this a goal for your hope
 * ...?"). Yes runs that hope's goal questions with these words as the goal; no offers them as a new hope.
 */

/** The hope with no goal that these words share a key word with; undefined when none, or more than one. */
export function goalForHopeOffer(draft: Draft, said: string): Next | undefined {
  const open = draft.aspirations.filter((a) => !draft.outcomes.some((o) => o.aspirationId === a.id) && keyWordShared(said, a.text));
  if (open.length !== 1) return undefined;
  return { goTo: { step: Step.reviewChange, data: { [D.goalFor]: open[0]!.id, [D.hope]: said } } };
}

export function goalForQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const hope = draft?.aspirations.find((a) => a.id === position.data?.[D.goalFor]);
  if (!hope) return undefined;
  return { step: Step.reviewChange, words: { key: T.addGoalForHope, vars: { hope: quoteOf(hope.text) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

export function answerGoalFor(draft: Draft, position: Position, text: string): Next {
  const hopeId = position.data?.[D.goalFor] ?? '';
  const words = position.data?.[D.hope] ?? '';
  const answer = understandYesNo(text);
  // No: the words are offered as a new hope, as before.
  if (answer === 'no') return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: words, [D.offered]: 'yes' } } };
  if (answer !== 'yes' || !draft.aspirations.some((a) => a.id === hopeId)) return notUnderstood(position);
  // Yes: that hope's goal questions, with these words already said as its goal.
  return { openAt: { stage: Stage.outcomes, step: Step.outcomeStep, topic: hopeId, data: {} }, answer: words };
}
