/*
 * "Add a hope: work in a library. And change 8 to I will cook a meal on my own every Sunday": two
 * changes asked in one message. A second change starts a new sentence (or follows "and then") with
 * a word that asks for a change; the first is everything before it. Which of them really is a
 * request is for the review to decide.
 */

const ASKING_WORD = String.raw`(?:(?:can|could)\s+(?:you|u|i|we)\s+|(?:please|pls|plz)\s+|i\s+(?:also\s+)?(?:want|wanna|would\s+like)\s+(?:to\s+)?)?(?:change|add|move|take|remove|delete|put|swap|make)\b`;
/** Where a second change starts: after a full stop, or after "and also", "and then", "then". */
const SECOND_STARTS = new RegExp(String.raw`(?:[.!?;]+\s*(?:(?:and|also|then)\s+(?:also\s+|then\s+)?)?|\s+and\s+(?:also|then)\s+|,\s*(?:and\s+)?then\s+)(?=${ASKING_WORD})`, 'gi');

/** The first change and the rest of the message, when a second change follows; else null. */
export function twoRequestsIn(text: string): { first: string; rest: string } | null {
  for (const match of text.matchAll(SECOND_STARTS)) {
    const first = text.slice(0, match.index).trim();
    const rest = text.slice(match.index + match[0].length).trim();
    if (first.split(/\s+/).length >= 2 && rest.split(/\s+/).length >= 2) return { first, rest };
  }
  return null;
}

/**
 * "change 8 to ..." typed when 8 was one part, read once the parts moved (a hope added before it):
 * the number that part has now. Only a number near the start, where a part is named, is a part's.
 */
export function renumbered(text: string, numberNow: (typed: number) => number | undefined): string {
  const match = /^((?:\S+\s+){0,3}?(?:number\s+|no\.?\s*|#)?)(\d{1,2})\b(?!\s*(?:am|pm|st|nd|rd|th|o'?clock|weeks?|days?|months?|years?|times?|minutes?|hours?|metres?|[:.]\d))/i.exec(text);
  // "change it to 8 may": a number after "to", "by" or "on" is what it should say, never a part.
  if (!match || /\b(?:to|by|at|on|in|from|every|until|into)\s+$/i.test(match[1]!)) return text;
  const now = numberNow(Number(match[2]));
  return now === undefined ? text : `${match[1]}${now}${text.slice(match[0].length)}`;
}
