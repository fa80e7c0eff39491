/*
 * A change of mind in one message: "end of year 7. actually no make it easter year 7, i dont want to
 * wait that long". The last choice wins, and the reason given for it ("i dont want to wait that
 * long") is talk about the choice, kept nowhere.
 */

/** "actually no", "or rather", "no wait", "scratch that": what comes after replaces what came before. */
const STRONG = String.raw`(?:actually\s+(?:no|nah|make\s+it|lets\s+say|let's\s+say)|no\s+wait|wait\s+no|or\s+rather|scratch\s+that|change\s+that\s+to|on\s+second\s+thoughts?)`;
/** "actually", "i mean", "make that" change the mind only at the start of a sentence. */
const WEAK = String.raw`(?:actually|i\s+mean|make\s+that|no\s+make\s+it)`;
const TURN = new RegExp(
  String.raw`(?:(?:^|[.!?,;]\s*|\s+)${STRONG}|(?:[.!?,;]\s*)${WEAK})\b[\s,:-]*(?:(?:no|nah)\b[\s,.!]*)?(?:(?:make|change)\s+it(?:\s+to)?\s+|(?:let'?s|lets)\s+say\s+|(?:better|rather)\s+)?`,
  'gi',
);

/** A reason for the choice, said after it: "i dont want to wait that long", "cos he'll be ready". */
const REASON = /[,.;!]?\s+(?:(?:as|because|cos|coz|cause|since|so)\s+|(?:i|we|he|she|they)\s+(?:dont|don't|do\s+not|cant|can't|wouldnt|wouldn't)\s+(?:want|think|wanna|like)\b|(?:that'?s|thats|it'?s|its)\s+(?:too|a\s+bit|quite|very)\b|(?:i|we)\s+think\b|(?:that|it)\s+(?:would|will)\s+be\s+(?:better|easier|too)\b).*$/i;

/** The last choice in a message with a change of mind; null when the message does not change its mind. */
export function lastChoice(text: string): string | null {
  const said = text.trim().replace(/\s+/g, ' ');
  let last: RegExpExecArray | null = null;
  for (const m of said.matchAll(TURN)) {
    // "actually" at the very start is no change of mind: nothing came before it.
    if (said.slice(0, m.index ?? 0).replace(/[\s.,!?]+/g, '') === '') continue;
    last = m as RegExpExecArray;
  }
  if (!last) return null;
  const after = said.slice((last.index ?? 0) + last[0].length).trim();
  // "make it 6 months, i want to drive by summer": the clause after the choice is talk about it.
  const clause = after.split(/[,.;!?]\s+(?=(?:i|we|he|she|they|it|its|it's|that|thats|that's|cos|coz|because|as|since|so)\b)/i)[0] ?? after;
  const choice = clause.replace(REASON, '').replace(/[\s.,!?]+$/, '').trim();
  return /\p{L}{2,}|\d/u.test(choice) ? choice : null;
}
