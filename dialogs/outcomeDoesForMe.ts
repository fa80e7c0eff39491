import { updateOutcome, type Outcome } from '../src/domain/draft';
import { onlyAGoodWord } from '../src/language/feelingAnswer';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "What would it do for you?" answered "good": kept as typed (never made into "I would feel good",
 * words they did not say), and asked once what would be good about it. The answer to that replaces
 * it; "good" again, or nothing more, leaves "good" as it was said.
 */

/** Position note: "What would be good about it?" was asked. */
export const WHAT_GOOD = 'whatGood';

/** Keeps what it would do for them, or asks once what a bare "good" means, then goes `onward`. */
export async function keepDoesForMe(session: JourneySession, outcome: Outcome, kept: string, position: Position, onward: () => Next): Promise<Next> {
  const asked = position.data?.[WHAT_GOOD] === '1';
  const good = onlyAGoodWord(kept);
  if (!(asked && good)) await session.updateDraft('what it would do for me', (d) => updateOutcome(d, outcome.id, { doesForMe: kept }));
  if (good && !asked) return { goTo: { ...position, data: { ...position.data, [WHAT_GOOD]: '1' } } };
  return onward();
}
