/*
 * "change what would it make possible to: he could stand up to help at home", "change what would it do for Tobi to:
 * he will feel so proud", "what would it provide should be: physio twice a week": one of the three answers of the
 * outcome just written, named by its question, with its new words. Only that answer changes, never the outcome's
 * sentence, and never a new hope or outcome. Several may be asked in one message, a sentence each.
 */

export type ThreeAnswersPart = 'doesForMe' | 'makesPossible' | 'provides';

const WHAT = String.raw`(?:the\s+)?(?:what\s+(?:would\s+it|it\s+would|will\s+it|it\s+will|it\s+could|could\s+it)|what\s+it|what\s+would|what\s+will)`;
const PARTS: ReadonlyArray<readonly [ThreeAnswersPart, string]> = [
  ['doesForMe', String.raw`${WHAT}\s+do\s+for\s+(?:me|him|her|them|us|[\p{L}'-]+)`],
  ['makesPossible', String.raw`${WHAT}\s+make\s+possible`],
  ['provides', String.raw`${WHAT}\s+provide`],
];
const CHANGE = String.raw`(?:(?:and|also|then|please|pls|can\s+you|could\s+you|can\s+we|i\s+want\s+to)\s+)*(?:change|edit|update|put|make)\s+`;
const TAIL = String.raw`(?:\s+(?:bit|part|answer|question|one))?`;
const SAYS = String.raw`\s*(?:(?:to|into|as)\s*:?|(?:should|shld|needs?\s+to|has\s+to)\s+(?:say|be)\s*:?|is\s*:|:|=)\s*`;

/** Each part with its changing request, anchored at the start of a sentence. */
const REQUESTS = PARTS.map(([part, names]) => ({
  part,
  re: new RegExp(String.raw`^(?:${CHANGE})?${names}\??${TAIL}${SAYS}(\S[\s\S]*)$`, 'iu'),
}));

/** Where a sentence starts a new request: after a full stop, before "and change ...". */
const SPLIT = /(?<=[.!?])\s+(?=(?:and\s+|also\s+|then\s+|please\s+)*(?:change|edit|update|what\s+(?:would|will)\s+it)\b)/i;

/** The changes asked, in order; [] when the message is not only such requests. */
export function readThreeAnswersChanged(text: string): { part: ThreeAnswersPart; words: string }[] {
  const said = text.trim().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
  if (said.length > 800) return [];
  const found: { part: ThreeAnswersPart; words: string }[] = [];
  for (const piece of said.split(SPLIT)) {
    const match = REQUESTS.map(({ part, re }) => ({ part, m: re.exec(piece.trim()) })).find(({ m }) => m);
    if (!match) return [];
    const words = match.m![1]!.trim().replace(/^["'“‘]+|["'”’]+$/g, '').replace(/[\s.]+$/, '').trim();
    if (words.split(/\s+/).length < 2) return [];
    found.push({ part: match.part, words });
  }
  return found;
}
