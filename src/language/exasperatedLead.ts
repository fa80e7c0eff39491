/*
 * "finally. have a quiet place ...", "ugh, finally!! eat in the library": a sigh at being asked at
 * last, said before the answer and never part of it. Only taken off when a full stop or "!" ends
 * it, so "finally eat my lunch in the library" (a step in their words) keeps every word.
 */

/** "ugh,", "omg" then "finally." or "at last!": anchored at the start, ended by its own mark. */
const SIGH = /^\s*(?:(?:ugh+|omg|god|jeez|phew|ok(?:ay)?)[\s,.!]+)*(?:finally|at\s+(?:long\s+)?last|ugh+|omg)\s*[.!?]+\s*/i;

/** "it DOES start with tyrone will.", "it does say I will!": a remark on the words asked for, ended by its own mark. */
const STARTS_REMARK = /^\s*(?:(?:but|well|erm|um|no|yes|yeah)[\s,]+)*(?:it|that|i|this|mine)\s+(?:(?:does|did|do|dose|already|is|was)\s+)+(?:start|starts|started|begin|begins|say|says|said|have|has)\s+(?:with\s+)?[^.!?]{1,40}[.!?]+\s*/i;

/** The answer without a sigh before it; unchanged when fewer than two words would be left. */
export function withoutExasperatedLead(text: string): string {
  const rest = text.replace(SIGH, '').replace(STARTS_REMARK, '');
  return rest !== text && rest.split(/\s+/).filter(Boolean).length >= 2 ? rest : text;
}
