import type { Draft } from '../src/domain/draft';
import { saysNoMore } from '../src/language/hopesRepliedTo';
import { readPolarity } from '../src/language/polarity';
import { saysWillAnswerAgain } from '../src/language/onlyAcknowledged';
import { aboutWhom, speaksForThem } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { exampleKeyFor } from './outcomeExamples';
import { OutcomeText as T } from './outcomeText';
import { readOpenReply } from './readReply';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "no thats all", "nothing" at "what is one step towards this hope?": no step is wanted from the
 * person yet, or they think they are done. The bot says kindly what it is looking for, with an
 * idea that fits the hope, and that "skip" leaves this hope for now. Said again, the hope is left.
 *
 * A bare "yes", "ok" or "no" there says no step either.
 * Rather than the same question in silence, a kind line says what is wanted, with an idea that fits
 * the hope; after a "no" it offers to skip the hope. A second bare answer moves on to the next hope.
 */

export const BareAnswerText = {
  yes: 'outcome:bare.yes',
  yesChild: 'outcome:bare.yesChild',
  no: 'outcome:bare.no',
  noChild: 'outcome:bare.noChild',
  again: 'outcome:bare.again',
  againChild: 'outcome:bare.againChild',
  leaveForNow: 'outcome:feedback.leaveForNow',
} as const;

/** Position data: a bare answer was already heard at this step. */
export const BARE = 'bare';

/** Position data: "nothing" was already heard at this step. */
const NOTHING = 'nothing';
const SAY_WHAT: Record<'self' | 'child', string> = { self: 'outcome:step.whatIsWanted', child: 'outcome:step.whatIsWantedChild' };

/** The reply to "nothing" or a bare yes or no at the step question, or undefined when the answer says more. */
export async function bareAnswerAtStep(session: JourneySession, draft: Draft, position: Position, hopeId: string, text: string): Promise<Next | undefined> {
  return nothingAtStep(session, draft, position, text) ?? yesOrNoAtStep(session, draft, position, hopeId, text);
}

function nothingAtStep(session: JourneySession, draft: Draft, position: Position, text: string): Next | Promise<Next> | undefined {
  const reply = readOpenReply(text, session.words);
  if (reply.kind !== 'no' && !(reply.kind === 'content' && saysNoMore(reply.text))) return undefined;
  if (position.data?.[NOTHING]) return afterOutcome(session, position.topic, [{ key: T.leaveForNow }]);
  const example = session.t(exampleKeyFor(draft, position.topic));
  const key = speaksForThem(draft) ? SAY_WHAT.child : SAY_WHAT.self;
  return {
    say: [{ key, vars: { example, name: aboutWhom(draft).name } }],
    goTo: { step: Step.outcomeStep, ...(position.topic ? { topic: position.topic } : {}), data: { ...position.data, [NOTHING]: '1' } },
  };
}

function yesOrNoAtStep(session: JourneySession, draft: Draft, position: Position, hopeId: string, text: string): Promise<Next> | Next | undefined {
  // "fine ill do it again": a grudging yes says no step either; thanked, never kept as the step.
  const again = saysWillAnswerAgain(text);
  const { answer, rest } = again ? { answer: 'yes', rest: '' } : readPolarity(text);
  if ((answer !== 'yes' && answer !== 'no') || rest) return undefined;
  const data = position.data ?? {};
  if (data[BARE]) return afterOutcome(session, hopeId, [{ key: BareAnswerText.leaveForNow }]);
  const child = speaksForThem(draft) && Boolean(draft.youngPerson.name);
  const yes = again ? (child ? BareAnswerText.againChild : BareAnswerText.again) : child ? BareAnswerText.yesChild : BareAnswerText.yes;
  const key = answer === 'yes' ? yes : child ? BareAnswerText.noChild : BareAnswerText.no;
  const example = session.t(exampleKeyFor(draft, hopeId));
  // Asked again in other words ("What is one step towards it ...?"), so no question is said twice alike.
  return { say: [{ key, vars: { example, name: draft.youngPerson.name ?? '' } }], goTo: { step: Step.outcomeStep, topic: hopeId, data: { ...data, coach: 'tooBig', [BARE]: answer } } };
}
