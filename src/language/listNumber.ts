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
