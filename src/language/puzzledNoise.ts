import { RemarkPattern } from './remarkPatterns';

/* A puzzled noise said beside an answer ("huh?? go to a match"): heard, never kept with it. */

/** "huh?? go to a match", "eh? the bus", "go with my dad huh": a puzzled noise beside the answer. */
const PUZZLED_LEAD = new RegExp(RemarkPattern.puzzledLead, 'i');
const PUZZLED_TAIL = new RegExp(RemarkPattern.puzzledTail, 'i');

/** The answer without a puzzled noise said before or after it; the message itself when that is all it is. */
export function withoutPuzzledNoise(text: string): string {
  const rest = text.replace(PUZZLED_LEAD, '').replace(PUZZLED_TAIL, '').trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}
