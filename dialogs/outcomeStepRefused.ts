import { refusesToAnswer } from '../src/language/answerRefused';
import { Step } from './ids';
import type { Position } from './journey';
import type { Next } from './stageDialog';

/*
 * "dont want to answer that" at "What is one step ...?": "that's OK",
 * and the choice to leave this hope for now and come back to it, never "another outcome?". Said
 * again, "skip" does what it always does.
 */

export const StepRefusedText = { refused: 'outcome:bare.refused' } as const;

/** Position data: the question was already turned down once at this step. */
const REFUSED = 'refused';

/** Whether this message, at this step, is the first turning down of the step question (then it is no "skip"). */
export function isFirstRefusal(position: Position, text: string): boolean {
  return position.step === Step.outcomeStep && !position.data?.[REFUSED] && refusesToAnswer(text);
}

/** The kind reply to the question turned down at the step, or undefined for anything else. */
export function refusedAtStep(position: Position, hopeId: string, text: string): Next | undefined {
  if (!isFirstRefusal(position, text)) return undefined;
  return { say: [{ key: StepRefusedText.refused }], goTo: { step: Step.outcomeStep, topic: hopeId, data: { ...(position.data ?? {}), [REFUSED]: '1' } } };
}
