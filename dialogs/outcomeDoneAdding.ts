import { removeItem, type Draft, type Outcome } from '../src/domain/draft';
import { MIN_OUTCOMES } from '../src/domain/checks';
import { asksToDropOutcome } from '../src/language';
import { saysDoneAdding } from '../src/language/doneAdding';
import { Stage, Step, type StepId } from './ids';
import type { Position } from './journey';
import { noMore } from './outcomeNoMore';
import { OutcomeText as T } from './outcomeText';
import { unfinishedOutcome } from './outcomeThread';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "im done", "no thats all", "i dont want another one" while a new outcome is being started, or
 * "cancel this one" once the plan has enough outcomes: the person has finished adding outcomes. Asking the new outcome's questions on would keep them in a
 * loop, so the outcome being started is left out (nothing of it kept) and the review comes next.
 * The read-back is left alone: there "thats it" can mean the outcome is right.
 */

// Only before the outcome holds more than its step: later, "thats it", "nothing else" or "done" answer the
// question asked (no more help, nothing next), and an outcome with a measure is never thrown away.
const DONE_AT: ReadonlySet<StepId> = new Set([Step.outcomeStep, Step.outcomeWhen]);

/** The outcome being started, when the words say the person is done adding outcomes there; null when they do not. */
async function startedWhenDone(session: JourneySession, position: Position, text: string): Promise<{ draft: Draft; started: Outcome | undefined } | null> {
  if (position.stage !== Stage.outcomes || !DONE_AT.has(position.step)) return null;
  const done = saysDoneAdding(text);
  const dropped = done ? null : asksToDropOutcome(text);
  const cancelled = dropped !== null && !dropped.different && !dropped.rest && !dropped.redo;
  if (!done && !cancelled) return null;
  const draft = await session.draft();
  if (!draft) return null;
  const started = position.step === Step.outcomeStep ? undefined : unfinishedOutcome(draft, position.topic, position.data?.outcomeId);
  const made = draft.outcomes.filter((o) => o.id !== started?.id).length;
  // Before any outcome is made, "no thats all" at the first step is told kindly what is wanted instead.
  // "cancel this one" ends the outcomes only once the plan has enough: before that, another may be wanted.
  return (done && made > 0) || (cancelled && made >= MIN_OUTCOMES) ? { draft, started } : null;
}

/** Whether the outcome questions read these words themselves (so no talk reader takes "im done" first). */
export async function doneAddingHeard(session: JourneySession, position: Position | undefined, text: string): Promise<boolean> {
  return position !== undefined && (await startedWhenDone(session, position, text)) !== null;
}

export async function doneAddingAt(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const found = await startedWhenDone(session, position, text);
  if (!found) return undefined;
  const { draft, started } = found;
  const left = started ? await session.updateDraft('outcome left out', (d) => removeItem(d, started.id)) : draft;
  const done = noMore(session, { stage: Stage.outcomes, step: Step.outcomeAnother, ...(position.topic ? { topic: position.topic } : {}) }, left, true);
  return { ...done, say: [...(started ? [{ key: T.dropped }] : []), ...(done.say ?? [])] };
}
