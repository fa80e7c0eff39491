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
