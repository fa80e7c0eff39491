import type { DialogContext, DialogTurnResult } from './dialogKit';
import { removeItem } from '../src/domain/draft';
import { saysStepNotAsked } from '../src/language/stepNotAsked';
import { quoteWhole } from '../src/language/quoteOf';
import type { ChatHost } from './chatHost';
import { Stage, Step } from './ids';
import { isBuilding } from './outcomeDrop';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "Do what? You did not ask me what is the step" at "By when?": the words kept as the step were
 * never their step. They come out, the bot says sorry, and asks the step question. Only while the
 * outcome holds nothing but that step (and a date): anything more is left to the read-back.
 */

export const STEP_NOT_ASKED = 'common:stepNotAsked';

/** The turn's result when the person said the step was never asked; undefined otherwise. */
export async function askStepNotAsked(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage !== Stage.outcomes || !isBuilding(at.step) || at.step === Step.outcomeConfirm || !saysStepNotAsked(text)) return undefined;
  const draft = await session.draft();
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = draft ? unfinishedOutcome(draft, at.topic, outcomeId) : undefined;
  if (!outcome || outcome.doesForMe || outcome.makesPossible || outcome.measure || outcome.provision.length > 0) return undefined;
  await session.updateDraft('step never asked', (d) => removeItem(d, outcome.id));
  await sayAll(inner.context, session.t, [{ key: STEP_NOT_ASKED, vars: { step: quoteWhole(outcome.statement) } }]);
  return host.openAt(inner, { stage: Stage.outcomes, step: Step.outcomeStep, ...(at.topic ? { topic: at.topic } : {}) });
}
