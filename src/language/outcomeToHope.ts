/*
 * At the review, an outcome that belongs to another hope: "can it go under happy and friend
 * hope?", "move the swimming one to the friends hope", "the bus one is for my college hope".
 * Only the words are read here: which outcome (`target`, '' for "it") and which hope (`hope`).
 */

export interface OutcomeToHope {
  target: string;
  hope: string;
}

const HOPE = '(?:hopes?|dreams?|wish(?:es)?|goals?|aspirations?|ambitions?)';
const LEAD = '(?:(?:can|could|may|pls|please|i|id|we|would|like|want|wanna|to|just|also|oh|actually|um|so|you|u|let|me|need|and|ok|okay)\\s+)*';
const INTO = '(?:under|to|into|in|with|onto|on|over\\s+to|for|towards|as\\s+part\\s+of)';
const OWNER = '(?:(?:the|my|his|her|their|our|that|this)\\s+)?(?:other\\s+|another\\s+|different\\s+)?';
const TAIL = `\\s+${HOPE}(?:\\s+(?:instead|please|pls|too|then|one))*$`;

/** "move the swimming one to the friends hope", "put it under my happy hope". */
const MOVE = new RegExp(`^${LEAD}(?:put|move|shift|switch|link|change|stick|take)\\s+(.+?)\\s+(?:over\\s+|across\\s+)?${INTO}\\s+${OWNER}(.+?)${TAIL}`, 'i');
/** "can it go under happy and friend hope", "the bus one belongs with my college dream", "it is for the friends hope". */
const GOES = new RegExp(`^${LEAD}(.+?)\\s+(?:go|goes|belong|belongs|be|fit|fits|sit|sits|is|s|should\\s+(?:go|be)|can\\s+go|could\\s+go|needs\\s+to\\s+go|is\\s+really|is\\s+actually|is\\s+meant\\s+to\\s+be)\\s+(?:more\\s+)?${INTO}\\s+${OWNER}(.+?)${TAIL}`, 'i');

/** Words that only point at an outcome ("it", "that one"), not name it. */
const POINTER = /^(?:it|that|this|this\s+one|that\s+one|the\s+one|one|thats|this\s+bit|that\s+bit|this\s+goal|that\s+goal|this\s+outcome|that\s+outcome)$/i;

/** The outcome and the hope named, or null when the message is no such move. */
export function readOutcomeToHope(said: string): OutcomeToHope | null {
  const m = MOVE.exec(said) ?? GOES.exec(said);
  if (!m) return null;
  const target = m[1]!.replace(/^(?:(?:so|and|but|oh|ok|okay|um|actually|no|nah|yeah|yes|also|wait)\s+)+/i, '').trim();
  const hope = m[2]!.trim();
  // "put it under hopes" names no hope: a part moved to the hopes, read elsewhere.
  if (!hope || /^(?:the|my|his|her|their|other|another|different|a|an)$/i.test(hope)) return null;
  return { target: POINTER.test(target) ? '' : target, hope };
}
