import { foldCase } from './text';

/*
 * At the review, "the TA reading group 3 times a week is help she needs, not what it makes
 * possible. and the sleepover isnt help": parts of an outcome said to be in the wrong field. Each
 * sentence names the words of a part and the field it belongs in: help, or what it makes possible.
 */

export interface FieldSwap {
  /** The words that name the part, as typed ("the TA reading group 3 times a week"). */
  words: string;
  to: 'help' | 'makesPossible';
}

const HELP = String.raw`(?:(?:some\s+|the\s+)?help|support|provision)`;
const POSSIBLE = String.raw`(?:what\s+(?:it|this|that)\s+(?:would\s+|will\s+)?makes?\s+possible|what\s+it\s+would\s+make\s+possible|(?:a\s+)?(?:hope|goal|dream|what\s+(?:it|this)\s+leads\s+to))`;
const WHO_NEEDS = String.raw`(?:\s+(?:she|he|they|i|we|ruby|[a-z]+)\s+(?:needs?|would\s+need|will\s+need|gets?))?`;
const IS = String.raw`(?:is|are|s|'s)`;
const ISNT = String.raw`(?:isnt|isn't|is\s+not|arent|aren't|are\s+not|aint|s\s+not)`;

/** "X is help (she needs), not what it makes possible" / "X isn't what it makes possible, it's help". */
const TO_HELP = [
  new RegExp(String.raw`^(.+?)\s+${IS}\s+(?:really\s+|actually\s+)?${HELP}${WHO_NEEDS}[\s,]+(?:and\s+)?not\s+${POSSIBLE}$`, 'i'),
  new RegExp(String.raw`^(.+?)\s+${ISNT}\s+${POSSIBLE}[\s,]+(?:(?:its|it's|it\s+is|thats|that's|but)\s+)+${HELP}${WHO_NEEDS}$`, 'i'),
];
/** "the sleepover isn't help", "X is what it makes possible, not help". */
const TO_POSSIBLE = [
  new RegExp(String.raw`^(.+?)\s+${ISNT}\s+(?:really\s+|actually\s+)?(?:a\s+)?${HELP}(?:[\s,]+(?:(?:its|it's|it\s+is|thats|that's|but)\s+)+${POSSIBLE})?$`, 'i'),
  new RegExp(String.raw`^(.+?)\s+${IS}\s+(?:really\s+|actually\s+)?${POSSIBLE}[\s,]+(?:and\s+)?not\s+${HELP}$`, 'i'),
];

const LEAD = /^(?:(?:and|also|plus|but|oh|so|ok|okay|and\s+also)\s+)+/i;

/** The swaps asked for in a message; empty when none. Every sentence must be one, or none is read. */
export function readFieldSwaps(text: string): FieldSwap[] {
  const sentences = foldCase(text)
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[.!?;\n]+|,\s*(?=and\s)/)
    .map((s) => s.trim().replace(LEAD, '').trim())
    .filter(Boolean);
  const swaps = sentences.map((s): FieldSwap | undefined => {
    for (const re of TO_HELP) {
      const m = re.exec(s);
      if (m) return { words: m[1]!.trim(), to: 'help' };
    }
    for (const re of TO_POSSIBLE) {
      const m = re.exec(s);
      if (m) return { words: m[1]!.trim(), to: 'makesPossible' };
    }
    return undefined;
  });
  return swaps.length > 0 && swaps.every(Boolean) ? (swaps as FieldSwap[]) : [];
}
