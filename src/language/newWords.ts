/*
 * "has a question in it. change it to his reading age goes up", "just put: ...", "without 'only:'.
 * staff write in the toilet chart": the new wording in a message that asks for a change, without
 * the asking. "for gods sake" is never new wording.
 */

/** "change it to", "just put:", "it should say", "I want:": what comes after is the new wording. */
const INSTRUCTION = /\b(?:change\s+(?:it|this|that)\s+(?:to|into)|make\s+it(?:\s+say)?|(?:it\s+)?(?:should|shud|shld|shuld)\s+(?:say|be|read)|just\s+(?:put|write|say)|(?:put|write)\s*:|i\s+want(?:\s+it\s+to\s+say)?)(?:\s*:)?\s*|(?:^|[.!?,]\s*)(?:put|write)\b\s*/gi;
/** "without 'only:'.": which words to leave out, said before the new wording. */
const LEAVE_OUT = /^(?:without|not|no|remove|take\s+out|delete|drop)\s+["'\u201c\u2018][^"'\u201d\u2019]*["'\u201d\u2019]\s*[.,:;!-]*\s*/i;
/** Lead words left before the new wording: "only:", "just", quotes. */
const WORDING_LEAD = /^(?:(?:only|just|simply|this|:|-|"|'|\u201c|\u2018)\s*)+/i;
/** Said in exasperation, never new words: "for gods sake", "ffs", "omg", "come on". */
const EXASPERATED = /^(?:for\s+(?:gods?|god'?s|fucks?|heavens?|goodness)\s+sake|ffs|omg+|ugh+|argh+|come\s+on|seriously|really|why+|stop|no+|oh\s+my\s+god)\b[\s!?.]*$/i;

/**
 * The new wording in a message that asks for a change: what follows the last "change it to" or
 * "just put:", without "only:" or quotes. Null when nothing is left, or only exasperation.
 */
export function newWordsIn(text: string): string | null {
  let words = text.trim();
  let last: RegExpExecArray | null = null;
  for (const found of words.matchAll(INSTRUCTION)) if (words.slice((found.index ?? 0) + found[0].length).trim()) last = found as RegExpExecArray;
  if (last) words = words.slice((last.index ?? 0) + last[0].length);
  words = trimmed(words.replace(LEAVE_OUT, '').replace(WORDING_LEAD, '')).replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '').trim();
  if (!words || EXASPERATED.test(words)) return null;
  return words;
}

function trimmed(text: string): string {
  return text.replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, '').trim();
}

/** "ok then change it to: ...", "yes make it say ...", "it should say ...": the asking said before the new words. */
const CHANGE_LEAD =
  /^(?:(?:ok|okay|yes|yeah|yep|then|so|please|pls|and|no|right|fine)[\s,.!]+)*(?:(?:can you|could you|can u|please|pls|just)\s+)?(?:(?:change|make|put|write|turn)\s+(?:it|this|that|this one|that one)\s+(?:to|into|as)(?:\s+say)?|make\s+it\s+say|(?:write|put)(?:\s+(?:it\s+)?as)?(?=\s*:)|(?:it|this|that)\s+(?:should|shud|must)\s+(?:say|be|read)|(?:the\s+)?new\s+words?(?:\s+(?:is|are))?)\s*[:\-]?\s+/i;

/** The new words given for a part already picked, without "ok then change it to:" before them; the text as typed otherwise. */
export function withoutChangeLead(text: string): string {
  const rest = text.trim().replace(CHANGE_LEAD, '').replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '').trim();
  return rest || text;
}
