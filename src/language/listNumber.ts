/*
 * At the review's list of parts, a part named by its number alone: "25", "number 25", "change no. 25",
 * "delete #3", "change part 5". Only the number and the asking words: "change 3 to ..." or "3 no wen" say more.
 */

const LIST_NUMBER = /^\s*(?:(?:pls|please|can\s+(?:i|we|u|you)|i\s+want\s+to|i\s+wanna|let\s+me)\s+)?(?:(?:change|chnage|chang|edit|fix|redo|pick|open|delete|remove|take\s+out|get\s+rid\s+of)\s+)?(?:(?:the\s+)?(?:number|num|no\.?|#|part|item|bit)\s*)?(\d{1,3})(?:\s*(?:pls|please|plz|thanks|thx))?\s*[.!?]*\s*$/i;

/** The number a message names a part by, or undefined when it says anything else. */
export function listNumberIn(text: string): number | undefined {
  const found = LIST_NUMBER.exec(text.slice(0, 80));
  return found ? Number(found[1]) : undefined;
}

/** "can go", "has to go", "out": said after numbers, they ask for those parts to be taken out. */
const GOES = /\s+(?:(?:can|could|should|has\s+to|have\s+to|needs?\s+to|must)\s+go|to\s+go|goes|go|out|(?:can\s+be\s+)?(?:deleted|removed|taken\s+out))(?:\s+(?:pls|please|plz|now|too))?\s*[.!]*\s*$/i;
/** Words that may stand around several numbers: "both 4 and 5", "numbers 4, 5 please". */
const NUMBERS_ONLY = /^\s*(?:(?:both|numbers?|nos?\.?|parts?|items?)\s+)*(\d{1,3}(?:\s*(?:,|&|\+|\band\b|\bn\b)\s*\d{1,3})*)(?:\s+(?:pls|please|plz))?\s*[.!]*\s*$/i;

/**
 * Parts of the review's numbered list named by numbers alone: "4 and 5", "4, 5", "4 & 5", "both 4
 * and 5", "43 can go". `goes` when they are asked to be taken out. Undefined for any other words.
 */
export function listNumbersIn(text: string): { numbers: number[]; goes: boolean } | undefined {
  const said = text.slice(0, 80);
  const tail = GOES.exec(said);
  const found = NUMBERS_ONLY.exec(tail ? said.slice(0, tail.index) : said);
  if (!found) return undefined;
  const numbers = [...new Set(found[1]!.split(/\D+/).filter(Boolean).map(Number))];
  return { numbers, goes: tail !== null };
}
