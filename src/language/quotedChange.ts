/*
 * "change 'I will get the bus.' to 'I will get the bus with Sam.'": both sets of words in quotes,
 * as people copy them from the plan. The quotes say where each set starts and ends, so a "to" or a
 * full stop inside the old words never splits them. The end stop of each set is not part of the
 * words: the part's own ending is put back when it is kept.
 */

const LEAD = String.raw`(?:(?:can|could|pls|please|i|id|we|would|like|want|wanna|to|just|also|oh|actually|um|so|you|let|me|need)\s+)*`;
const VERB = String.raw`(?:change|edit|fix|update|correct|alter|reword|rewrite|replace|swap|make)`;
/** "the bit that says", "the line": words before the quote that only point at it. */
const POINTING = String.raw`(?:(?:the\s+)?(?:bit|part|one|line|goal|hope|dream|outcome|sentence)\s+(?:that\s+says|saying|where\s+it\s+says|with)\s+|where\s+it\s+says\s+)?`;
const OPEN = `["'\u2018\u201C]`;
const CLOSE = `["'\u2019\u201D]`;
const INTO = String.raw`(?:to\s+say|to|into|with|for|->|→|=>)`;
const QUOTED = new RegExp(String.raw`^${LEAD}${VERB}\s+${POINTING}${OPEN}(.+?)${CLOSE}\s*,?\s*${INTO}\s*:?\s*${OPEN}(.+?)${CLOSE}\s*(?:please|pls|thanks|thank\s+you)?\s*[.!]*$`, 'iu');

/** Trailing full stops, commas and spaces: the quoted words' own ending, never kept twice. */
const withoutEnd = (words: string): string => words.trim().replace(/[\s.,;:]+$/u, '').trim();

/** The old and new words of a change typed with both in quotes; null when the message is not that. */
export function quotedChange(text: string): { from: string; to: string } | null {
  const found = QUOTED.exec(text.trim().replace(/\s+/g, ' '));
  if (!found) return null;
  const from = withoutEnd(found[1]!);
  const to = withoutEnd(found[2]!);
  return from && to && /\p{L}/u.test(to) ? { from, to } : null;
}
