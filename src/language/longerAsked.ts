/*
 * At "by when?", a question about how long to give it: "is it better to give it longer?", "should we
 * give him more time", "is a year too long". It is answered (longer is fine), never kept; a time said
 * beside it ("... 6 months i guess") still answers the question.
 */

export interface LongerAsked {
  question: string;
  /** The rest of the message, for the open question; empty when there is none. */
  rest: string;
}

const ASKING = /^(?:(?:so|but|and|ok|okay|hmm+|um+|erm+|also|wait)[\s,]+)*(?:is|would|will|should|shall|could|can|do|does|whats|what'?s|how)\b/i;
const ABOUT_TIME =
  /\b(?:(?:give|giving|have|allow|leave)\s+(?:it|him|her|them|us|me|this)?\s*(?:a\s+bit\s+)?(?:longer|more\s+time|less\s+time)|(?:too|a\s+bit)\s+(?:soon|long|short|quick|early|far)|longer\s+(?:or|better)|how\s+long\s+(?:should|do|does|would|to)\b)/i;

/** The question about how long to give it, and the rest; null when there is none. */
export function readLongerAsked(text: string): LongerAsked | null {
  if (text.length > 300) return null;
  const parts = text.split(/(?<=\?)\s*|(?<=[.!])\s+/);
  const at = parts.findIndex((p) => ASKING.test(p.trim()) && ABOUT_TIME.test(p));
  if (at < 0) return null;
  const rest = parts
    .filter((_, i) => i !== at)
    .join(' ')
    .replace(/^[\s.…,;:-]+/, '')
    .trim();
  return { question: parts[at]!.trim(), rest: /\p{L}|\d/u.test(rest) ? rest : '' };
}
