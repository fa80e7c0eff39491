/*
 * A remark about another goal said after an answer: "... by the end of year 5 but that is already
 * goal 3 no?", "..., isnt that the same as outcome 2?", "... same as goal 1". It is talk about the
 * plan, never part of the answer, so it is never kept in it.
 */

const NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six)`;
const GOAL = String.raw`(?:goal|outcome|hope|target|step|number|no)\s*${NUMBER}`;
const TAG = String.raw`(?:\s*(?:no|right|yeah|yes|innit|isnt it|or not|too|as well|lol|haha|then))*`;

/** "but that is already goal 3 no?", ", isnt that the same as goal 2?", ", same as goal 1", "(like outcome 2)". */
const REMARK = new RegExp(
  String.raw`[\s,;(–—-]+(?:(?:but|though|tho|and|or|so|i think|wait)\s+)*` +
    String.raw`(?:(?:that|this|it|thats|that s|its|it s)\s+(?:is\s+|was\s+|s\s+)?|(?:isnt|is not|wasnt)\s+(?:that|this|it)\s+|(?:is|was)\s+(?:that|this|it)\s+)?` +
    String.raw`(?:already\s+|just\s+|also\s+|really\s+)*(?:(?:the\s+)?same\s+(?:thing\s+)?as\s+|like\s+|in\s+)?` +
    String.raw`${GOAL}(?:\s+(?:already|again|too))?${TAG}\s*[)?!.]*\s*$`,
  'i',
);

/** The answer without a remark about another goal after it; the text as it is when there is none. */
export function withoutGoalRemark(text: string): string {
  const cut = text.replace(REMARK, '').trim();
  return cut && cut !== text.trim() && /\p{L}/u.test(cut) ? cut : text.trim();
}
