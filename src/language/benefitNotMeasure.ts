import { normaliseMessage } from './text';

/*
 * What an outcome would do for someone, said where "how would you know?" was asked: "hed be part
 * of a team and make friends", "he would feel proud", "it would give her confidence", "so he can
 * make friends". Words that say what anyone would see or count ("every week", "the coach picks
 * him") make it a measure after all.
 */

const WOULD = String.raw`(?:he|she|they|i|you|we)\s*(?:d|would|ll|will|could|might)\s+(?:really\s+|also\s+|then\s+|finally\s+)?(?:be|feel|have|get|make|gain|become|enjoy|love|meet|belong|fit|grow|learn\s+to\s+trust)`;
const IT_WOULD = String.raw`(?:it|that|this)\s*(?:d|would|ll|will|could)\s+(?:really\s+)?(?:give|help|make|mean|let|build|boost|bring)`;
const SO_HE_CAN = String.raw`so\s+(?:that\s+)?(?:he|she|they|i)\s+(?:can|could|would|will|d|ll)`;
const BENEFIT = new RegExp(String.raw`^(?:(?:um+|erm|well|oh|so|i think|i guess|probably|maybe|hopefully)\s+)*(?:${WOULD}|${IT_WOULD}|${SO_HE_CAN})\b`);
/** What anyone would see or count: then it is a measure. */
const SEEN = /\b(?:every|each|times?|a\s+week|a\s+day|weekly|daily|days?\s+in\s+a\s+row|for\s+a\s+(?:week|month|term)|\d+|once|twice|see|seen|notice|watch|record|chart|tick|count|log|diary|report|certificate|badge|sign(?:s|ed)?\s+off|picks?|selected|without\s+(?:help|being\s+asked|a\s+reminder|prompt)|able\s+to|on\s+(?:his|her|their|my)\s+own|by\s+(?:him|her|them|my)sel(?:f|ves))\b/;

export function readsAsBenefit(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 200 && BENEFIT.test(said) && !SEEN.test(said);
}
