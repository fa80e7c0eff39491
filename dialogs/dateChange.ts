import type { DialogContext } from './dialogKit';
import { markItemChanged, updateOutcome, type Draft, type Outcome, type Timeframe } from '../src/domain/draft';
import { outcomePartItemId } from '../src/domain/itemIds';
import { longDate } from '../src/domain/dates';
import { outcomesNamed, readDateChange, type DateChange } from '../src/language/dateChange';
import { quoteOf } from '../src/language';
import { YES_NO, type AfterCommand } from './commands';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import { timeframeOf, withNewTime } from './reviewOutcomeField';
import { questionActivity, sayAll } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { RequestData as D } from './reviewText';

/*
 * "can we change the easter one to the summer" at any question before the review: the outcome
 * named (by its words, its hope's words or its date) is read back with its new date, and only the
 * date (and the sentence that says it) changes after a yes. Unclear, the bot asks which one.
 */

export const DateChangeText = {
  question: 'common:dateChange.question',
  changed: 'common:dateChange.changed',
  which: 'common:dateChange.which',
  notADate: 'common:dateChange.notADate',
} as const;

const hopeTextOf = (draft: Draft) => (o: Outcome) => draft.aspirations.find((a) => a.id === o.aspirationId)?.text ?? '';

/** "the second one": the outcome at that place in the plan; else the outcomes its words name. */
function outcomesAt(draft: Draft, change: DateChange & { about: string }): Outcome[] {
  if (change.place) {
    const outcome = change.place === -1 ? draft.outcomes.at(-1) : draft.outcomes[change.place - 1];
    return outcome ? [outcome] : [];
  }
  return outcomesNamed(draft.outcomes, change.about, hopeTextOf(draft));
}

/** The outcome meant: named by its words or place, else (for "make it ...") the one just made at "another outcome?". */
function outcomeMeant(draft: Draft, change: DateChange, position: Position): Outcome[] {
  const about = change.about;
  if (about) return outcomesAt(draft, { ...change, about });
  const current = draft.outcomes.find((o) => o.id === position.data?.outcomeId);
  if (current) return [current];
  return position.step === Step.outcomeAnother && draft.outcomes.length > 0 ? [draft.outcomes.at(-1)!] : [];
}

/** The date change asked in the message, read back for a yes; null when the message asks none. */
export async function askDateChangeIn(dc: DialogContext, session: JourneySession, position: Position, text: string): Promise<AfterCommand | null> {
  const draft = await session.draft();
  if (!draft || draft.outcomes.length === 0) return null;
  const change = readDateChange(text, coachContextOf(draft, session.today));
  // "make it by summer" while an outcome's own questions are open is their answer, not a change to another outcome.
  // "please change it to March 2028" at "how would everyone know?": the outcome being written, as at "another outcome?".
  // The read-back changes its own date as it reads it back (with the short-step talk for a soon one).
  const beingWritten = position.step !== Step.outcomeStep && position.step !== Step.outcomeWhen && position.step !== Step.outcomeConfirm && draft.outcomes.some((o) => o.id === position.data?.outcomeId);
  if (!change || (!change.about && position.step !== Step.outcomeAnother && !beingWritten)) return null;
  const found = outcomeMeant(draft, change, position);
  const outcome = found.length === 1 ? found[0]! : undefined;
  if (!outcome) {
    await sayAll(dc.context, session.t, [{ key: DateChangeText.which }]);
    return { then: 'reprompt' };
  }
  const timeframe = timeframeOf(session, draft, change.to);
  if (!timeframe) {
    await sayAll(dc.context, session.t, [{ key: DateChangeText.notADate, vars: { text: quoteOf(change.to) } }]);
    return { then: 'reprompt' };
  }
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: outcome.id, text: change.to, when: '1' } }));
  const words = { key: DateChangeText.question, vars: { item: quoteOf(outcome.statement), when: quoteOf(timeframe.phrase), date: longDate(timeframe.date) } };
  await dc.context.sendActivity(
    questionActivity({ step: position.step, topic: position.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: position.stage ?? Stage.outcomes }),
  );
  return { then: 'wait' };
}

/** After the yes: the date and the sentence that says it change; nothing else does. */
export async function changeDate(dc: DialogContext, session: JourneySession, outcomeId: string, words: string): Promise<AfterCommand> {
  const draft = await session.draft();
  const outcome = draft?.outcomes.find((o) => o.id === outcomeId);
  const timeframe: Timeframe | null = draft && outcome ? timeframeOf(session, draft, words) : null;
  if (!draft || !outcome || !timeframe) return { then: 'reprompt' };
  const statement = withNewTime(draft, outcome, timeframe);
  await session.updateDraft('date changed in the chat', (d) => markItemChanged(updateOutcome(d, outcome.id, { timeframe, statement }), outcomePartItemId(outcome.id, 'when'), session.today));
  await sayAll(dc.context, session.t, [{ key: DateChangeText.changed, vars: { item: quoteOf(statement) } }]);
  return { then: 'reprompt' };
}

/**
 * At the review, "can we change the easter one to the summer": the date of the outcome named,
 * read back for a yes (the review's own field change); several fit, the person picks which.
 */
export function dateRequestAtReview(draft: Draft | undefined, text: string, today: Date): Next | undefined {
  if (!draft || draft.outcomes.length === 0) return undefined;
  const change = readDateChange(text, coachContextOf(draft, today));
  if (!change?.about) return undefined;
  const found = outcomesAt(draft, { ...change, about: change.about });
  const data = { [D.field]: 'when', [D.newText]: change.to };
  if (found.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: found[0]!.id, ...data } } };
  return { goTo: { step: Step.reviewChange, data: { [D.choose]: (found.length > 1 ? found : draft.outcomes).map((o) => o.id).join(' '), ...data } } };
}
