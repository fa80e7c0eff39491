/*
 * "both by next summer", "by next summer for both", "the two of them by july": a time said for both
 * things to do at once. "Both" says whom the time is for; it is never part of the time kept.
 */

const BOTH = String.raw`(?:for\s+)?(?:(?:the\s+)?both(?:\s+of\s+(?:them|those|these|em|'em))?|(?:the\s+)?two\s+of\s+(?:them|those|these|em|'em)|both\s+(?:things|ones|outcomes|steps|goals))`;
const LEAD = new RegExp(String.raw`^${BOTH}[\s,:;.-]*(?=\S)`, 'i');
const TAIL = new RegExp(String.raw`(?<=\S)[\s,;.-]+${BOTH}[\s.!]*$`, 'i');

/** The answer without "both" said before or after the time. */
export function withoutForBoth(text: string): string {
  return text.replace(LEAD, '').replace(TAIL, '');
}

/** The time was said for both things to do. */
export function saysForBoth(text: string): boolean {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  return withoutForBoth(said) !== said;
}
