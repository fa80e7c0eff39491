import { quoteHope, quoteHopeIn } from '../src/language/hopeItself';
import { readYesNo } from '../src/language/closedAnswers';
import { hopeNamedBy } from '../src/language';
import type { Draft } from '../src/domain/draft';
import { understandYesNo } from './closedReplies';
import { YES_NO } from './commands';
import type { Position } from './journey';
import { outcomeMoved } from './outcomeThread';
import { OutcomeText as T } from './outcomeText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * The golden thread is the person's to tie: a step that seems to fit another hope better stays with
 * the hope it was asked for, and the bot asks "shall I put it with your hope ...?" first. Only a yes
 * moves it.
 */

/** Position data at the next outcome question: the hope the step may fit better, asked about first. */
export const MOVE_TO = 'moveTo';

/** "That may fit your hope ... better. Shall I put it there?", a yes / no. */
export function moveOfferQuestion(draft: Draft | undefined, position: Position, child: boolean, name: string): Question | undefined {
  const other = draft?.aspirations.find((a) => a.id === position.data?.[MOVE_TO]);
  if (!other) return undefined;
  const key = child ? T.moveOfferChild : T.moveOffer;
  return {
    step: position.step,
    ...(position.topic ? { topic: position.topic } : {}),
    words: { key, vars: { name, other: quoteHopeIn(other.text, draft?.youngPerson.readingMode) } },
    choices: YES_NO,
    understand: understandYesNo,
  };
}

/**
 * Yes (or the other hope named) moves the outcome to that hope; no (or this hope named) keeps it where
 * it was asked. Anything else keeps it there too, and is read as the answer to the question the
 * offer stood in front of.
 */
export async function answerMoveOffer(session: JourneySession, position: Position, text: string, answerAt: (at: Position, words: string) => Promise<Next>): Promise<Next> {
  const { [MOVE_TO]: hopeId, ...rest } = position.data ?? {};
  const draft = await session.draft();
  const hope = draft?.aspirations.find((a) => a.id === hopeId);
  const here = draft?.aspirations.find((a) => a.id === position.topic);
  const onward: Position = { ...position, data: rest };
  if (!draft || !hope) return { goTo: onward };
  const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
  // "no its for the job": a no, whatever hope it names; "the PE one": that hope.
  const yesNo = matchChoice(text, YES_NO, session.words) ?? readYesNo(text);
  const named = yesNo ? undefined : hopeNamedBy(text, here ? [hope, here] : [hope], needsOf).hope;
  const answer = yesNo ?? (named ? (named.id === hope.id ? 'yes' : 'no') : undefined);
  if (answer === 'no') return { goTo: onward };
  if (answer !== 'yes') return answerAt(onward, text);
  const outcomeId = rest.outcomeId;
  if (outcomeId) await session.updateDraft('outcome moved to another hope, with a yes', (d) => outcomeMoved(d, outcomeId, hope));
  return { say: [{ key: T.movedHope, vars: { hope: quoteHope(hope.text) } }], goTo: { ...onward, topic: hope.id } };
}
