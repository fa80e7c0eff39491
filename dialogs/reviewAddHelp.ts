import { addProvision, markItemChanged, type Draft } from '../src/domain/draft';
import { familyOrOtherGiverOf, howOftenOf, placeOfDays, providerFor, quoteOf } from '../src/language';
import { readHelpToAdd } from '../src/language/helpToAdd';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { namedOutcome } from './reviewOutcomeField';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * New help asked for under one outcome at the review ("add help for the bus outcome: my job coach
 * comes with me once a week"). The help is kept in the person's own words as provision for that
 * outcome, with who gives it and how often when they said so, after a yes. When the outcome is not
 * clear, the outcomes are offered to pick from first.
 */

/** Where a request to add help leads; undefined when the message is none. */
export function addHelpIn(draft: Draft | undefined, text: string): Next | undefined {
  const asked = draft && draft.outcomes.length > 0 ? readHelpToAdd(text) : null;
  if (!asked || !draft) return undefined;
  const only = draft.outcomes.length === 1 ? draft.outcomes[0] : namedOutcome(draft, /\d/.test(asked.outcome) ? asked.outcome : `the ${asked.outcome} one`);
  if (only) return { goTo: { step: Step.reviewChange, data: { itemId: only.id, [D.addHelp]: asked.help } } };
  return { goTo: { step: Step.reviewChange, data: { [D.addHelp]: asked.help, [D.choose]: draft.outcomes.map((o) => o.id).join(' ') } } };
}

/** Whether the open question is a yes or no to new help for a known outcome. */
export const isAddHelpPosition = (position: Position): boolean => Boolean(position.data?.[D.addHelp] && position.data?.itemId);

export function addHelpQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const outcome = draft?.outcomes.find((o) => o.id === position.data?.itemId);
  const help = position.data?.[D.addHelp];
  if (!help) return undefined;
  if (!outcome) return { step: Step.reviewChange, words: { key: T.addHelpPick } };
  return { step: Step.reviewChange, words: { key: T.addHelpConfirm, vars: { outcome: quoteOf(outcome.statement), text: quoteOf(help) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** After a yes: the help kept under the outcome, with who gives it and how often when said. */
export async function answerAddHelp(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const outcome = draft.outcomes.find((o) => o.id === position.data?.itemId);
  const help = position.data?.[D.addHelp];
  if (!outcome || !help) return { goTo: { step: Step.reviewSummary } };
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  // Placed as at the outcome questions: a job coach on a course or internship is the course's help.
  await session.updateDraft('help added in review', (d) =>
    markItemChanged(addProvision(d, outcome.id, help, providerFor(help, placeOfDays(d), outcome.statement), howOftenOf(help), familyOrOtherGiverOf(help)).draft, outcome.id, session.today),
  );
  return { say: [{ key: T.addHelpAdded }], goTo: { step: Step.reviewSummary } };
}
