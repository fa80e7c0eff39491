import { readsAsHope } from '../src/language/aboutMeMisplaced';
import { coachHope } from '../src/language';
import { hopeAskedLaterFrom } from './hopeAddedLater';
import { Stage, Step } from './ids';
import type { Position } from './journey';

/*
 * "i want to be a chef" typed at "carry on?" after a check, when the check interrupted a needs or
 * outcome question: the words are a hope, not an answer to that question. It is kept as a hope and
 * said back, and the chat goes back to the interrupted question. The "about me" questions and
 * "What would you like to achieve?" read a hope typed there themselves.
 */

/** Where words typed past a check go, when they are a hope said away from the hopes; undefined otherwise. */
export function hopeTypedAfterCheck(at: Position, text: string): Position | undefined {
  const away = at.stage === Stage.needs || (at.stage === Stage.outcomes && at.step !== Step.outcomeStep);
  if (!away || !readsAsHope(text)) return undefined;
  // "i want to get more help with reading" is help they want, an answer at the needs questions.
  if (coachHope(text) === 'support_as_hope') return undefined;
  return hopeAskedLaterFrom(at);
}
