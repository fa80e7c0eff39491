/*
 * "like 1 a week", "twice a month max", "no more than 2 a term": an amount over a time, said on its
 * own. At the measure question, after a measure that only named the goal ("less detentions"), it is
 * the number that makes that measure one, and goes with those words, never kept alone.
 */

const COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|none|zero|no)`;
const PER = String.raw`(?:(?:times?\s+)?(?:a|an|per|each|every|in\s+a)\s+(?:day|week|fortnight|month|term|half\s+term|year|lesson))`;
const BEFORE = String.raw`(?:(?:like|about|around|roughly|maybe|max|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|under|only|just|say|probably)\s+)*`;
const AFTER = String.raw`(?:\s+(?:max|maximum|tops|at\s+most|or\s+less|or\s+fewer|or\s+under|or\s+so|ish|maybe))*`;
const AMOUNT = new RegExp(String.raw`^${BEFORE}${COUNT}\s+${PER}${AFTER}$`, 'i');

/** The message says only an amount over a time ("like 1 a week"). */
export function isAmountOnly(text: string): boolean {
  return AMOUNT.test(text.trim().replace(/[.!?,]+$/, '').replace(/\s+/g, ' '));
}
