import { addNeedHelp, addProvision, markItemChanged, type Draft } from '../src/domain/draft';
import { familyOrOtherGiverOf, howOftenOf, placeOfDays, providerFor, quoteOf } from '../src/language';
import { readHelpToAdd } from '../src/language/helpToAdd';
import { needHelpToAdd } from '../src/language/needHelpToAdd';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { matchItems, needItems } from './reviewItems';
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

/** "add music to what helps with sleep": help for the hard thing named, or a pick of the hard things when it is not clear. */
function needHelpIn(draft: Draft | undefined, text: string): Next | undefined {
  const asked = draft && draft.needs.length > 0 ? needHelpToAdd(text) : null;
  if (!asked || !draft) return undefined;
  const needs = needItems(draft);
  const named = asked.hard ? matchItems(draft, needs, asked.hard) : needs.length === 1 ? needs : [];
  if (named.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: named[0]!.id, [D.addHelp]: asked.help } } };
  const choose = named.length > 1 ? named : needs;
  return { goTo: { step: Step.reviewChange, data: { [D.addHelp]: asked.help, [D.choose]: choose.map((n) => n.id).join(' ') } } };
}

const isNeedOf = (draft: Draft | undefined, id: string | undefined): boolean => Boolean(id && draft?.needs.some((n) => n.id === id));

/** Where a request to add help leads; undefined when the message is none. */
export function addHelpIn(draft: Draft | undefined, text: string): Next | undefined {
  const forNeed = needHelpIn(draft, text);
  if (forNeed) return forNeed;
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
  const need = draft?.needs.find((n) => n.id === position.data?.itemId);
  if (need) return { step: Step.reviewChange, words: { key: T.addNeedHelpConfirm, vars: { need: quoteOf(need.text), text: quoteOf(help) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  if (!outcome && isNeedOf(draft, position.data?.[D.choose]?.split(' ')[0])) return { step: Step.reviewChange, words: { key: T.addNeedHelpPick } };
  if (!outcome) return { step: Step.reviewChange, words: { key: T.addHelpPick } };
  return { step: Step.reviewChange, words: { key: T.addHelpConfirm, vars: { outcome: quoteOf(outcome.statement), text: quoteOf(help) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** After a yes: the help kept under the outcome, with who gives it and how often when said. */
export async function answerAddHelp(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const outcome = draft.outcomes.find((o) => o.id === position.data?.itemId);
  const need = draft.needs.find((n) => n.id === position.data?.itemId);
  const help = position.data?.[D.addHelp];
  if ((!outcome && !need) || !help) return { goTo: { step: Step.reviewSummary } };
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  if (need) {
    await session.updateDraft('need help added in review', (d) => markItemChanged(addNeedHelp(d, need.id, help), need.id, session.today));
    return { say: [{ key: T.addNeedHelpAdded }], goTo: { step: Step.reviewSummary } };
  }
  if (!outcome) return { goTo: { step: Step.reviewSummary } };
  // Placed as at the outcome questions: a job coach on a course or internship is the course's help.
  await session.updateDraft('help added in review', (d) =>
    markItemChanged(addProvision(d, outcome.id, help, providerFor(help, placeOfDays(d), outcome.statement), howOftenOf(help), familyOrOtherGiverOf(help)).draft, outcome.id, session.today),
  );
  return { say: [{ key: T.addHelpAdded }], goTo: { step: Step.reviewSummary } };
}
