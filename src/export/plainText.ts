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

/**
 * A kept item where the export writes it as a sentence of its own (a list line, a table cell): its
 * first letter a capital, as typed otherwise ("she gets tired" reads "She gets tired"). A first word
 * with capitals inside ("iPad", "eBay") is a name, kept as typed.
 */
export function sentenceText(text: string): string {
  const plain = plainText(text);
  const first = /^\s*(\p{Ll})(\S*)/u.exec(plain);
  if (!first || /\p{Lu}/u.test(first[2]!)) return plain;
  const at = plain.indexOf(first[1]!);
  return plain.slice(0, at) + first[1]!.toUpperCase() + plain.slice(at + 1);
}
