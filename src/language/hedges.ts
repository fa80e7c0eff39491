/*
 * Hedges: words that say how sure someone is, not what they hope or need. "read car manuals i
 * suppose", "maybe be a mechanic", "work with animals or something", "kinda want a dog". They are
 * left out of the words kept, wherever they are said at the start or end of an answer.
 */

/** A hedge that can lead the words, as a regular expression source (matched with the i flag). */
const LEADING_HEDGE =
  String.raw`(?:i\s+(?:suppose|guess|think|reckon|imagine)|(?:i\s+)?(?:suppose|guess|reckon)\s+so|i\s+(?:dunno|don'?t\s+know)|idk|dunno|maybe|mayb|mabye|probably|probs|perhaps|possibly|hopefully|kinda|sorta|kind\s+of|sort\s+of|i\s+would\s+say|tbh|ngl)`;
/** Any hedge: those after the words also say "i hope", "or something", "if i can". */
export const HEDGE_WORD = String.raw`(?:${LEADING_HEDGE}|i\s+hope|or\s+(?:something|summat|sumthing|somethin|sumfin|smth|sth)(?:\s+like\s+(?:that|this))?|or\s+whatever|if\s+(?:i|we|he|she|they)\s+can|if\s+possible)`;

/** Hedges before the words: "i suppose read car manuals", "maybe, be a mechanic". */
export const HEDGES_BEFORE = new RegExp(String.raw`^(?:${LEADING_HEDGE}(?:[\s,.!…-]+|$))+`, 'i');
/** Hedges after the words: "read car manuals i suppose", "a dog or something lol". */
export const HEDGES_AFTER = new RegExp(String.raw`(?:[\s,.!…-]+${HEDGE_WORD})+[\s.!?…]*$`, 'i');

/** The words without hedges at either end; the words as typed when nothing else is left. */
export function withoutEndHedges(text: string): string {
  let said = text.trim();
  let before = '';
  while (before !== said) {
    before = said;
    said = said.replace(HEDGES_AFTER, '').replace(HEDGES_BEFORE, '').trim();
  }
  return /\p{L}{2,}/u.test(said) ? said : text.trim();
}
