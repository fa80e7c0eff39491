/*
 * "wot thats not wot i said. its just be a footballer", "that's wrong its meant to say be a mechanic",
 * "i never said that. it should say be a vet": the hope shown is wrong, and the words after say what it
 * is. Read only with both: "its just hard" alone is an answer, and "thats wrong" alone may be about anything.
 */

/** "thats wrong", "wot thats not wot i said", "i never said that", "thats not my hope": the hope shown is not theirs. */
const WRONG_LEAD = String.raw`(?:(?:wot|wat|what|no|nah|nope|oi|lol)[\s,.!?]+)*(?:(?:that'?s|thats|that\s+is|its|it'?s|it\s+is)\s+(?:all\s+)?(?:wrong|rong|not\s+right|not\s+(?:wot|wat|what)\s+i\s+(?:said|say|sed|meant|ment|typed|put)|not\s+my\s+(?:hope|dream))|i\s+(?:never|didn'?t|didnt|did\s+not)\s+(?:say|said|sed|type|put)\s+(?:that|this))`;
/** "its just", "its meant to say", "it should be": the words of the hope follow. */
const MEANT = String.raw`(?:(?:it'?s|its|it\s+is|it\s+was)\s+(?:just|only)|(?:it'?s|its|it\s+is|it\s+was|it)\s+(?:meant|supposed|ment)\s+to\s+(?:say|be)|it\s+(?:should|shud|shuld)\s+(?:say|be|read))\s*[:-]?\s*`;

const LEAD_ALONE = new RegExp(String.raw`^\W*${WRONG_LEAD}[\s.!?,]*$`, 'i');
const LEAD_THEN_MEANT = new RegExp(String.raw`^\W*${WRONG_LEAD}[\s,.!?-]*${MEANT}(.+)$`, 'i');
const MEANT_ALONE = new RegExp(String.raw`^\W*${MEANT}(.+)$`, 'i');

/** Which sentences say the hope is wrong, and the words meant; null unless both are said. */
export function meantAfterWrong(sentences: readonly string[]): { wrongAt: number[]; words: string } | null {
  const plain = sentences.map((s) => s.trim().replace(/[\u2018\u2019]/g, "'"));
  for (const [i, sentence] of plain.entries()) {
    const both = LEAD_THEN_MEANT.exec(sentence);
    if (both) return { wrongAt: [i], words: both[1]!.replace(/[\s.!]+$/, '') };
    const after = plain[i + 1];
    const meant = LEAD_ALONE.test(sentence) && after ? MEANT_ALONE.exec(after) : null;
    if (meant) return { wrongAt: [i, i + 1], words: meant[1]!.replace(/[\s.!]+$/, '') };
  }
  return null;
}
