/*
 * A remark about another goal said after an answer: "... by the end of year 5 but that is already
 * goal 3 no?", "..., isnt that the same as outcome 2?", "... same as goal 1", "that's like number 2
 * again". It is talk about the plan, never part of the answer, so it is never kept in it. A number
 * that ends a plain answer is part of it: "at swimming step 3", "in book band number 5", "she comes
 * number 1", "move up to step 2".
 */

const NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six)`;
/** A word only the plan uses for its goals. */
const PLAN_GOAL = String.raw`(?:goal|outcome|hope|target)\s*${NUMBER}`;
/** Any word a person may use for one of the goals, in a remark that clearly points at it. */
const ANY_GOAL = String.raw`(?:goal|outcome|hope|target|step|number|no)\s*${NUMBER}`;
const SUBJECT = String.raw`(?:(?:that|this|it|that['’]?s|that s|it['’]?s|it s)\s+(?:is\s+|was\s+|s\s+)?|(?:isn['’]?t|is not|wasn['’]?t)\s+(?:that|this|it)\s+|(?:is|was)\s+(?:that|this|it)\s+)`;
const MARK = String.raw`(?:(?:already|just|also|really)\s+)`;
const COMPARE = String.raw`(?:(?:the\s+)?same\s+(?:thing\s+)?as\s+|like\s+)`;
const AFTER = String.raw`(?:\s+(?:already|again|too))`;
const TAG = String.raw`(?:\s*(?:no|right|yeah|yes|innit|isn['’]?t it|or not|too|as well|lol|haha|then))*`;

/**
 * "but that is already goal 3 no?", ", isnt that the same as goal 2?", ", same as goal 1",
 * "(like outcome 2)", "that's like number 2 again": something points at the goal ("that is",
 * "same as", "like", "already", "again"); a plain number never counts.
 */
const POINTER = [
  String.raw`${SUBJECT}${MARK}*${COMPARE}?${PLAN_GOAL}${AFTER}?`,
  String.raw`${SUBJECT}(?:${MARK}+${COMPARE}?${ANY_GOAL}${AFTER}?|${COMPARE}${ANY_GOAL}${AFTER}?|${ANY_GOAL}${AFTER})`,
  String.raw`(?:${MARK}+${COMPARE}?|${COMPARE})${PLAN_GOAL}${AFTER}?`,
  String.raw`${PLAN_GOAL}${AFTER}`,
].join('|');
const REMARK = new RegExp(String.raw`[\s,;(–—-]+(?:(?:but|though|tho|and|or|so|i think|wait)\s+)*(?:${POINTER})${TAG}\s*[)?!.]*\s*$`, 'i');

/** A remark is a few words at the end: only the end of a long message is searched for one. */
const TAIL = 160;

/** The answer without a remark about another goal after it; the text as it is when there is none. */
export function withoutGoalRemark(text: string): string {
  const start = Math.max(0, text.length - TAIL);
  const found = REMARK.exec(text.slice(start));
  if (!found) return text.trim();
  const cut = text.slice(0, start + found.index).trim();
  return cut && /\p{L}/u.test(cut) ? cut : text.trim();
}
