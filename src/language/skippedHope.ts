import { normaliseMessage } from './text';

/*
 * "u skipped my english resit hope. u didnt ask wats hard about it": a complaint that a hope was
 * not asked about. It is answered, never kept as something hard. The words before "hope" (or
 * after "about") say which hope.
 */

const SKIPPED = new RegExp(
  String.raw`\b(?:u|you|ya|it|the\s+bot|this\s+bot|this\s+chat)\s+(?:have\s+|ve\s+|has\s+|just\s+|never\s+|completely\s+|totally\s+)*(?:skipped|skip|skiped|missed|miss|forgot|forgotten|forgot\s+about|left\s+out|jumped|jumped\s+over|went\s+past|didnt\s+ask(?:\s+about)?|did\s+not\s+ask(?:\s+about)?|didn\s+t\s+ask(?:\s+about)?|never\s+asked(?:\s+about)?|havent\s+asked(?:\s+about)?)\s+(?:me\s+)?(?:about\s+)?(?:my|the|me|about|bout)\s+(.{2,60}?)(?:\s+(?:hope|one|bit|dream|goal|thing))?(?=\s+(?:u|you|and|but|so|it|i|wat|what)\b|$)`,
);
const FILLER = new Set(['the', 'my', 'one', 'hope', 'hopes', 'bit', 'thing', 'about', 'that', 'this', 'other', 'wat', 'what', 'whats', 'wats', 'hard', 'makes', 'ask', 'asked']);

export interface SkippedHope {
  /** Words naming the hope ("english", "resit"). */
  named: string[];
}

export function readSkippedHope(text: string): SkippedHope | null {
  const said = normaliseMessage(text);
  if (said.length > 200) return null;
  const match = SKIPPED.exec(said);
  if (!match) return null;
  const named = (match[1] ?? '').split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w));
  return named.length > 0 && named.length <= 6 ? { named } : null;
}
