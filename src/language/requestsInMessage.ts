/*
 * "Add a hope: work in a library. And change 8 to I will cook a meal on my own every Sunday": two
 * changes asked in one message. A second change starts a new sentence (or follows "and then") with
 * a word that asks for a change and names a part or a kind of change ("change 8", "add a hope",
 * "take out ..."); the first is everything before it. "Change is hard for me", "Make it every
 * Sunday", "Put my drawings on the wall" name no part: they stay with the first change. Which of
 * them really is a request is for the review to decide.
 */

/** What names a part or a kind of change after the asking word: a number, "out", or "a hope", "the outcome". */
const NAMES_A_PART = String.raw`(?:(?:to\s+|in\s+|number\s+|no\.?\s*|#)?\d{1,2}\b|(?:out|off|away)\b|(?:(?:a|an|the|my|his|her|their|another|one|new|this|that|more)\s+)*(?:[a-z]+\s+)?(?:hopes?|dreams?|needs?|outcomes?|goals?|help|support|parts?|steps?|lines?|items?|sections?|names?|dates?|ages?|strengths?)\b)`;
const ASKING_WORD = String.raw`(?:(?:can|could)\s+(?:you|u|i|we)\s+|(?:please|pls|plz)\s+|i\s+(?:also\s+)?(?:want|wanna|would\s+like)\s+(?:to\s+)?)?(?:(?:remove|delete|swap)\b|(?:change|add|move|take|put|make)\s+${NAMES_A_PART})`;
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

/** A number that names a part follows a word that asks for a change ("change 8", "take out 3"). */
const ASKS_FOR_A_PART = /\b(?:change|add|move|take|remove|delete|put|swap|make|edit|fix)\b/i;

/**
 * "change 8 to ..." typed when 8 was one part, read once the parts moved (a hope added before it):
 * the number that part has now. Only a number near the start, just after a word asking for a
 * change, is a part's; any other number is left as typed.
 */
export function renumbered(text: string, numberNow: (typed: number) => number | undefined): string {
  const match = /^((?:\S+\s+){0,3}?(?:number\s+|no\.?\s*|#)?)(\d{1,2})\b(?!\s*(?:am|pm|st|nd|rd|th|o'?clock|weeks?|days?|months?|years?|times?|minutes?|hours?|metres?|[:.]\d))/i.exec(text);
  // "change it to 8 may": a number after "to", "by" or "on" is what it should say, never a part.
  if (!match || !ASKS_FOR_A_PART.test(match[1]!) || /\b(?:to|by|at|on|in|from|every|until|into)\s+$/i.test(match[1]!)) return text;
  const now = numberNow(Number(match[2]));
  return now === undefined ? text : `${match[1]}${now}${text.slice(match[0].length)}`;
}
