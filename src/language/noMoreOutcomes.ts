/*
 * At "another outcome?" and "which hope next?": "no", "that's all", "i dont want more goal" says no
 * hope comes next; "im done", "finished" says more, that the person has said they are done.
 */

/** "im done", "thats all", "finished": the person has said they are done, not only "no". */
const SAYS_DONE = /\b(?:done|dun|dne|finished|finish|that'?s\s+(?:all|it)|that\s+is\s+(?:all|it)|no\s+more|enough)\b/i;

/** "no", "that is all", "no more", "i dont want more goal": no hope next, the outcomes are done. */
const NO_MORE = /^(?:(?:no|nah|nope|ok|okay|um+)[\s,.!]+)*(?:no|nah|nope|no more|no thanks|none|neither|that'?s all|thats it|that is (?:all|it)|i'?m done|im done|done|finished|i(?: do)?(?:nt|n't| not) (?:want|need|wanna) (?:any )?(?:more|another|other)(?: (?:goals?|outcomes?|ones?))?)$/;

/** The person says they are done ("im done", "that's all", "finished"), anywhere in the words. */
export function saysDone(text: string): boolean {
  return SAYS_DONE.test(text);
}

/** The whole message says no more outcomes ("no", "nope, that's all", "i dont want another one"). */
export function saysNoMoreOutcomes(text: string): boolean {
  return NO_MORE.test(text.toLowerCase());
}
