/*
 * "By the summer holidays (July 2027), I will one thing. Lily will manage ...": the words of the
 * bot's own prompt ("say it as one thing ... Start with 'I will ...'") copied in before the
 * person's own sentence. They are never part of the statement: only what the person wrote is kept,
 * "By the summer holidays (July 2027), Lily will manage ...". Taken out only when a sentence of
 * their own with "will" follows, so nothing they meant is lost.
 */

const COPIED = /(?:^|(?<=[,:;]\s*)|(?<=[.!?]\s+))(?:i|you|she|he|they|\p{Lu}\p{Ll}+)\s+will\s+(?:one\s+thing|something|\.{2,}|…)(?:\s+(?:i|you|she|he|they|\p{Lu}\p{Ll}+)\s+will\s+do)?\s*[.!:;-]*\s+(?=[\p{L}"'])/giu;

/** The statement without the prompt's words copied into it; the text as typed when there are none. */
export function withoutPromptWords(text: string): string {
  const out = text.replace(COPIED, (match, offset: number) => (/\bwill\b/i.test(text.slice(offset + match.length)) ? '' : match));
  return out.trim() || text;
}
