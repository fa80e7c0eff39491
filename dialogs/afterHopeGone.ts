import type { Draft } from '../src/domain/draft';
import type { AfterCommand } from './commands';
import { Stage, Step } from './ids';
import type { Position } from './journey';

/*
 * Once a hope is taken out, the open question may be about it ("Your hope is: ... What makes this
 * hard?"). Asked again as it was, it would read back a hope that is no longer there. The journey
 * goes on with the hopes that are left instead, or asks for a hope when none is left.
 */

/** Where the journey goes on when the hope being asked about is taken out: the next hope, else the next stage. `draft` is the draft before it went. */
export function afterHope(draft: Draft, hopeId: string, position: Position): Position {
  const hopes = draft.aspirations;
  const next = hopes[hopes.findIndex((h) => h.id === hopeId) + 1];
  const first = hopes.find((h) => h.id !== hopeId);
  if (position.stage === Stage.needs) {
    if (next) return { stage: Stage.needs, step: Step.needsBarrier, topic: next.id };
    return first ? { stage: Stage.outcomes, step: Step.outcomeStep, topic: first.id, data: {} } : { stage: Stage.hopes, step: Step.hopesDream };
  }
  if (next) return { stage: Stage.outcomes, step: Step.outcomeStep, topic: next.id, data: {} };
  return first ? { stage: Stage.review, step: Step.reviewSummary } : { stage: Stage.hopes, step: Step.hopesDream };
}

/** After items were taken out: the open question again, unless it was about a hope among them; then the question after that hope. */
export function afterTakenOut(before: Draft | undefined, removedIds: readonly string[], position: Position | undefined): AfterCommand {
  const topic = position?.topic;
  const aboutGoneHope = before && position && topic && (position.stage === Stage.needs || position.stage === Stage.outcomes) && removedIds.includes(topic) && before.aspirations.some((a) => a.id === topic);
  if (!aboutGoneHope) return { then: 'reprompt' };
  return { then: 'openAt', position: afterHope(before, topic, position) };
}
