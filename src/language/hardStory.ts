import { isBarrier } from './coaching';

/*
 * Something hard told as a short story, not as a list: "fire alarm. me not hear. one time me stay
 * in toilet, nobody tell me. scared". Two signs of difficulty together (a sense or an understanding
 * that failed, nobody telling or helping, fear, or a part read as a barrier), and no wish in it,
 * make it a hard thing to keep, never a plain "yes"; so does a place the senses find too much ("they are to loud").
 */

const NOT_REACHED = /\b(?:me|i|he|she|they|we|[a-z]+)\s+(?:not|cant|can't|cannot|couldnt|couldn't|didnt|didn't|dont|don't|doesnt|doesn't|never|no)\s+(?:hear|heard|see|saw|understand|understood|know|knew)\b/i;
const NOBODY = /\b(?:nobody|no\s+one|noone|no-one|nobdy)\s+(?:tell|told|tells|help|helped|helps|came|come|comes|say|said|says|explain|explained|sign|signed|check|checked)\b/i;
const FEAR = /\b(?:scared|scary|frightened|afraid|terrified|panic|panicked|panicking|cry|cried|crying|lost)\b/i;
/** A place or thing the senses find too much ("they are to loud", "too busy"): a hard thing said in one stroke. Never
 * "really busy" or "so busy": "be a chef in a really busy restaurant" may be just what they want. */
const TOO_MUCH = /\b(?:too|to|way\s+too)\s+(?:loud|noisy|busy|bussy|bizzy|bright|crowded|packed|hot|smelly|echoey)\b/i;
const WISH = /\b(?:want|wants|wanna|would\s+like|'d\s+like|hope|hoping|wish|dream|like\s+to|love\s+to)\b/i;

/** The message tells of a hard thing, as a story or in pieces, with no wish in it. */
export function tellsOfHardThing(text: string): boolean {
  if (WISH.test(text)) return false;
  const parts = text.split(/[.,;!?\n]+/).map((p) => p.trim()).filter(Boolean);
  // "the corridors. they are to loud": the senses find it too much, which is hard enough on its own.
  if (TOO_MUCH.test(text)) return true;
  const signs = [NOT_REACHED.test(text), NOBODY.test(text), FEAR.test(text), parts.some((p) => isBarrier(p))];
  return signs.filter(Boolean).length >= 2;
}
