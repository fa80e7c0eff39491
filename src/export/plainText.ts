/*
 * Text as the exports write it: without the control characters XML 1.0 refuses (a Word file with
 * one will not open) and HTML has no use for.
 */

/** Without the control characters: every string an export writes passes through here. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function plainText(text: string): string {
  return text.replace(CONTROL, '');
}

/** Words that start a sentence of their own: "she gets tired", never a phrase ("a quiet room", "to be a vet"). */
const SENTENCE_START = /^(\s*)(i|he|she|they|we|you|it)(?=\s+\p{L})/u;

/**
 * A kept item where the export writes it as a line of its own: when the item is itself a sentence
 * ("she gets tired"), its first letter is a capital ("She gets tired"). A phrase ("a quiet room at
 * college", "to be a vet") is kept exactly as typed.
 */
export function sentenceText(text: string): string {
  return plainText(text).replace(SENTENCE_START, (_all, space: string, word: string) => space + word.charAt(0).toUpperCase() + word.slice(1));
}
