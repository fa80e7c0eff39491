import { normaliseMessage, sentencesOf } from './text';

/*
 * "i hate myself", "lovely?? i said i hate myself": hating oneself said as a sentence of its own is a worry
 * worth a gentle "Are you OK?", though it tells of no harm. Only the whole sentence, so "i hate myself for
 * eating all the cake" or "they hate me" is read as ever.
 */
const SELF_HATE =
  /^(?:(?:i\s+(?:just\s+|already\s+)?(?:said|told\s+(?:you|u))|like|but|and|tbh|honestly)\s+)*i\s+(?:(?:really|just|honestly|literally|actually|so|fucking|fkn)\s+)*(?:hate|h8|loathe|despise|cant\s+stand)\s+(?:myself|my\s+self|being\s+me|who\s+i\s+am)(?:\s+(?:so\s+much|sometimes|a\s+lot|tbh|ngl|honestly|lol|rn|right\s+now|now|all\s+the\s+time|every\s+day|so\s+bad))*$/;

/** Whether a sentence of the message, whole, says the speaker hates themselves. */
export function saysOwnSelfHate(text: string): boolean {
  return text.length <= 400 && sentencesOf(text).some((sentence) => SELF_HATE.test(normaliseMessage(sentence)));
}
