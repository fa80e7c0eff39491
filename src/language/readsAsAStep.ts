import { kindOfStatement } from './analyseStatement';
import { isBarrier } from './coaching';
import type { TimeContext } from './timeContext';

/*
 * Asked what makes a hope hard, "walk him to the park on my own every day" or "learn to cook
 * pasta" is a step to do, not something hard: read as the goal's step, never kept as a need.
 */
export function readsAsAStep(text: string, context: TimeContext): boolean {
  if (isBarrier(text)) return false;
  const kind = kindOfStatement(text, context);
  return kind === 'outcome' || kind === 'target';
}
