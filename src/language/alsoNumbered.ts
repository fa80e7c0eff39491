/*
 * "change 7 as well please", "and 7 too", "7 as well", "can you also change goal 7": just after a
 * change, the next part is named with "as well" or "too". Those words say it is one more change,
 * never the new words for it ("change 2 as well please" is no request to make part 2 say "well
 * please"). Only a part named by its number, with nothing else said, is read here.
 */

const LEAD = String.raw`^(?:(?:and|also|now|then|ok|okay|right|so|oh|thanks|thank\s+you|great|cool|nice)[\s,.!]+)*`;
const ASK = String.raw`(?:(?:(?:can|could)\s+(?:i|we|you|u)|i\s+(?:want|need|would\s+like)\s+to|i\s+wanna|id\s+like\s+to|please|pls|plz|lets)\s+)?(?:also\s+)?`;
const VERB = String.raw`(?:(change|edit|fix|redo|do)\s+)?`;
const PART = String.raw`((?:(?:the\s+)?(?:outcome|goal|target|hope|dream|need|part|item|one)\s+)?(?:number\s+|no\.?\s*|#)?\d{1,2})`;
const ALSO = String.raw`\s+(?:as\s+well|aswell|too|also|next)`;
const TAIL = String.raw`(?:\s+(?:please|pls|plz|thanks|thank\s+you|then|now|if\s+thats\s+ok))*[\s.!?]*$`;

const ALSO_NUMBERED = new RegExp(`${LEAD}${ASK}${VERB}${PART}${ALSO}${TAIL}`, 'i');

/** "change 7": the part named as one more change, without the "as well"; undefined for anything else. */
export function alsoNumbered(text: string): string | undefined {
  const found = ALSO_NUMBERED.exec(text.trim().replace(/\s+/g, ' '));
  return found ? `change ${found[2]}` : undefined;
}
