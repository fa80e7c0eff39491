/*
 * "no i mean the end of college year, july", "sorry i meant july", "actually by july": a date said
 * to put right the one just read, not a longer goal beside a first step. A bare "no, by next
 * summer" is not marked: there the soon time stays as the first step.
 */
const PUT_RIGHT = /\b(?:i\s+(?:mean|meant|ment|men|ment\s+to\s+say)|meant\s+to\s+say|actually|actualy|sorry|soz|oops|not\s+(?:that|this|christmas|december|dec|then|that\s+one)|wrong\s+(?:date|time|one)|i\s+said)\b/i;

/** The words say the date is a correction of the one just read. */
export function saysDatePutRight(text: string): boolean {
  return PUT_RIGHT.test(text.replace(/[’']/g, ''));
}
