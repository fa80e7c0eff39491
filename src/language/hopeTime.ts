/*
 * A time said beside a hope ("one day", "when she is grown"): it tells when, never what.
 */

/** "when he is big boy", "maybe one day", "when he is older", "in a few years": only when, never what. */
export const ONLY_A_TIME =
  /^(?:(?:maybe|perhaps|probably|hopefully|i\s+think|i\s+hope|but|and|so|only|just)[\s,]+)*(?:(?:when|once|till|until)\s+(?:i|he|she|they)\s*(?:'?m|'?s|'?re|am|is|are|get|gets|grow|grows|will\s+be|be|become|becomes)\s+(?:(?:a|an|more|much|bit|a\s+bit|up|older|bigger)\s+)*(?:older|bigger|big|grown(?:\s+up)?|up|adult|grown-up|man|woman|boy|girl|teen|teenager|\d{1,2}(?:\s+years?(?:\s+old)?)?)(?:\s+(?:boy|girl|man|woman))?|(?:in|after|within)\s+(?:a\s+few|some|a\s+couple\s+of|\d+|two|three|four|five|ten)\s+years?|in\s+the\s+future|one\s+day|some\s*day|later(?:\s+on)?|(?:when|after)\s+(?:i|he|she|they)\s+(?:leave|leaves|finish|finishes)\s+school)[\s.!]*$/i;

/** "one day, when she is grown": a time, or times said one after another, with no hope in them. */
export function onlyTimesBesideHope(text: string): boolean {
  return text.split(/,\s*/).every((piece) => ONLY_A_TIME.test(piece));
}
