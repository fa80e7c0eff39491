import type { DialogContext, DialogTurnResult } from './dialogKit';
import { updateOutcome } from '../src/domain/draft';
import { quoteWhole } from '../src/language';
import { stepPutRight } from '../src/language/answerLead';
import type { ChatHost } from './chatTalk';
import { Stage, Step } from './ids';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "no the step is budgeting… it leads to paying my own bills" at a later question of the same
 * outcome puts right the step just kept; it is never a new hope, nor the answer to that question.
 */

export const StepCorrectedText = { changed: 'common:stepCorrected.changed' } as const;

/** The turn's result when the message put the step right; undefined when it did not. */
export async function correctStep(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // At the step question itself "no the step is ..." is the answer (its lead-in is dropped there).
  if (!at || at.stage !== Stage.outcomes || at.step === Step.outcomeStep) return undefined;
  const step = stepPutRight(text);
  if (!step) return undefined;
  const draft = await session.draft();
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = draft ? unfinishedOutcome(draft, at.topic, outcomeId) : undefined;
  if (!outcome) return undefined;
  await session.updateDraft('step put right in the chat', (d) => updateOutcome(d, outcome.id, { statement: step }));
  await sayAll(inner.context, session.t, [{ key: StepCorrectedText.changed, vars: { step: quoteWhole(step) } }]);
  return host.reprompt(inner);
}
