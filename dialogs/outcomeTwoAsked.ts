import type { Draft } from '../src/domain/draft';
import { hopeNamedBy } from '../src/language';
import type { Position } from './journey';
import { askWhich, needsOf } from './outcomeWhichHope';
import type { Next } from './stageDialog';

/*
 * "i want one about his talking and one about the toilet" at the step question: two outcomes asked for, one for each
 * hope named, never a step in those words. Both hopes are offered, and the one picked first is worked on first.
 */

const TWO_ASKED =
  /^(?:(?:ok|okay|so|um+|well)[\s,]+)*(?:(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|'d\s+like|need)\s+|(?:can|could)\s+(?:we|i)\s+(?:do|have|make|get)\s+|lets?\s+(?:do|make)\s+)?(?:one|an?\s+(?:outcome|goal|step))\s+(?:about|for|on)\s+(.+?)\s+and\s+(?:one|another|an?\s+other)\s+(?:about|for|on)\s+(.+?)[\s.!?]*$/i;

/** The two hopes offered to start with, or undefined when the message does not ask for one outcome about each of two hopes. */
export function twoOutcomesAsked(text: string, draft: Draft, position: Position): Next | undefined {
  const asked = TWO_ASKED.exec(text.trim().replace(/[\u2018\u2019]/g, "'"));
  if (!asked) return undefined;
  const first = hopeNamedBy(asked[1]!, draft.aspirations, needsOf(draft)).hope;
  const second = hopeNamedBy(asked[2]!, draft.aspirations, needsOf(draft)).hope;
  if (!first || !second || first.id === second.id) return undefined;
  return askWhich(position, draft, [first, second], {});
}
