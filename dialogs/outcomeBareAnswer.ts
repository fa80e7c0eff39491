import type { Draft } from '../src/domain/draft';
import { readPolarity } from '../src/language/polarity';
import { speaksForThem } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { exampleKeyFor } from './outcomeExamples';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * A bare "yes", "ok", "no" or "no that's all" at "what is one step towards this hope?" says no step.
 * Rather than the same question in silence, a kind line says what is wanted, with an idea that fits
 * the hope; after a "no" it offers to skip the hope. A second bare answer moves on to the next hope.
 */

export const BareAnswerText = {
  yes: 'outcome:bare.yes',
  yesChild: 'outcome:bare.yesChild',
  no: 'outcome:bare.no',
  noChild: 'outcome:bare.noChild',
  leaveForNow: 'outcome:feedback.leaveForNow',
} as const;

/** Position data: a bare answer was already heard at this step. */
export const BARE = 'bare';

/** The reply to a bare yes or no at the step question, or undefined when the answer says more. */
export async function bareAnswerAtStep(session: JourneySession, draft: Draft, position: Position, hopeId: string, text: string): Promise<Next | undefined> {
  const { answer, rest } = readPolarity(text);
  if ((answer !== 'yes' && answer !== 'no') || rest) return undefined;
  const data = position.data ?? {};
  if (data[BARE]) return afterOutcome(session, hopeId, [{ key: BareAnswerText.leaveForNow }]);
  const child = speaksForThem(draft) && Boolean(draft.youngPerson.name);
  const key = answer === 'yes' ? (child ? BareAnswerText.yesChild : BareAnswerText.yes) : child ? BareAnswerText.noChild : BareAnswerText.no;
  const example = session.t(exampleKeyFor(draft, hopeId));
  // Asked again in other words ("What is one step towards it ...?"), so no question is said twice alike.
  return { say: [{ key, vars: { example, name: draft.youngPerson.name ?? '' } }], goTo: { step: Step.outcomeStep, topic: hopeId, data: { ...data, coach: 'tooBig', [BARE]: answer } } };
}
