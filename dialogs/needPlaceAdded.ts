import { replaceItemText } from '../src/domain/draft';
import { joinedAnswer, quoteOf } from '../src/language';
import { readJoinedPiece } from '../src/language/fragment';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "he gets overwhelmed in the playground", what helps, then "and also at lunch" at "anything else
 * hard?": a where or when with no verb carries on the hard thing just given, so it joins that need
 * (never a need of its own), and "anything else?" is asked again.
 */

/** Where or when, after "and" or "also": "at lunch", "in PE too", "during assembly". */
const PLACE_OR_TIME = /^(?:also\s+|too\s+|as\s+well\s+)*(?:at|in|on|during|when|after|before|around|outside|inside)\b\s*\S/i;

/** Said when the piece was added to the need before: the need as it reads now (the common read-back). */
const ADDED_TO_PREVIOUS = 'common:addedToPrevious';

export async function placeAddedToNeed(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopeId = position.topic;
  const piece = readJoinedPiece(text);
  if (!hopeId || !piece || !PLACE_OR_TIME.test(piece)) return undefined;
  const need = (await session.draft())?.needs.filter((n) => n.aspirationIds.includes(hopeId)).at(-1);
  if (!need) return undefined;
  const joined = joinedAnswer(need.text, piece);
  await session.updateDraft('place added to a need', (d) => replaceItemText(d, need.id, joined));
  return { say: [{ key: ADDED_TO_PREVIOUS, vars: { answer: quoteOf(joined) } }], goTo: { step: Step.needsMore, topic: hopeId } };
}
