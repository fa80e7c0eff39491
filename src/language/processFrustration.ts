import { normaliseMessage } from './text';

/*
 * "whats the point of all these questions", "honestly whats the point, nobody listens to us": a parent's frustration with
 * the questions or the process, not hopelessness about life. Only the whole message, from its first word to its last,
 * in everyday words about the process: "whats the point of going on", "whats the point of me", "whats the point of it
 * all", a harm word or a second clause of any other kind is read as ever. Bare "whats the point" is not read here.
 */
const LEAD = String.raw`(?:(?:honestly|tbh|seriously|i\s+mean|but|and|ugh+|sorry\s+but|well|so|like|look|i\s+dunno|to\s+be\s+honest)\s+)*`;
const POINT = String.raw`(?:whats|what\s+is|wats|wots|whts)\s+(?:even\s+)?the\s+point`;
const NAMED = String.raw`(?:(?:all\s+|any\s+of\s+)?(?:this|these|the|your|that)\s+(?:questions?|chat|bot|forms?|meetings?|plans?|process|paperwork|stuff|reviews?|ehcp|ehc\s+plan|app))`;
// Bare "this", "any of this", "answering": only with a "nobody listens" clause beside it.
const BARE = String.raw`(?:all\s+this|any\s+of\s+this|this|asking|doing\s+this|answering)`;
const NOBODY = String.raw`(?:nobody|no\s+one|noone|no\s+body)`;
const NOT_HEARD = String.raw`(?:\s+(?:${NOBODY}\s+(?:ever\s+|even\s+|actually\s+|really\s+)?(?:listens|listened|reads|reads\s+it|cares\s+what\s+we\s+(?:say|think))(?:\s+to\s+(?:us|me|parents|families|what\s+we\s+say))?|(?:they|school|the\s+school|the\s+council|the\s+la|professionals|you)\s+(?:never|dont|wont|didnt)\s+(?:listen|read\s+it|change\s+anything|do\s+anything)(?:\s+to\s+us)?|nothing\s+(?:ever\s+)?changes|we(?:ve|\s+have)?\s+(?:done|answered|said)\s+(?:all\s+)?(?:this|these|it)\s+(?:before|already|loads\s+of\s+times)|ive\s+(?:already\s+)?(?:answered|said|done)\s+(?:all\s+)?(?:this|these|it)(?:\s+before|\s+already)?))`;
const TAIL = String.raw`(?:\s+(?:anyway|anyways|honestly|tbh|really|though|tho|seriously))*`;
const FRUSTRATED = new RegExp(String.raw`^${LEAD}${POINT}(?:\s+of\s+${NAMED}${NOT_HEARD}?|\s+of\s+${BARE}${NOT_HEARD}|${NOT_HEARD})${TAIL}$`);

/** Whether the whole message is frustration with the questions or the process ("whats the point of all these questions"). */
export function frustratedWithTheProcess(text: string): boolean {
  return text.length <= 200 && FRUSTRATED.test(normaliseMessage(text).trim());
}
