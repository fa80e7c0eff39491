/*
 * At "another outcome?" and "which hope next?": "no", "that's all", "i dont want more goal" says no
 * hope comes next; "im done", "finished" says more, that the person has said they are done.
 */

/** "im done", "thats all", "finished": the person has said they are done, not only "no". */
const SAYS_DONE = /\b(?:done|dun|dne|finished|finish|that'?s\s+(?:all|it)|that\s+is\s+(?:all|it)|no\s+more|enough)\b/i;

/** "no", "that is all", "no more", "i dont want more goal": no hope next, the outcomes are done. */
const NO_MORE = /^(?:(?:no|nah|nope|ok|okay|um+)[\s,.!]+)*(?:no|nah|nope|no more|no thanks|none|neither|that'?s all|thats it|that is (?:all|it)|i'?m done|im done|done|finished|i(?: do)?(?:nt|n't| not) (?:want|need|wanna) (?:any )?(?:more|another|other)(?: (?:goals?|outcomes?|ones?))?)$/;

/** "for uni", "for that one", "with that": what the "enough" is about, up to four words. */
const ABOUT = String.raw`(?:\s+(?:for|with|on)\s+(?:[a-z']+\s*){1,4})?(?:\s+(?:now|thanks|thank\s+you|thx|ta|ty|lol|tbh|i\s+think|for\s+now|today))*`;

/** "no thats enough for uni", "thats enough for that one", "enough now", "nah im good for that". */
const ENOUGH = new RegExp(
  String.raw`^(?:(?:no|nah|nope|na|ok|okay|um+|erm+|yeah|i\s+think|honestly)[\s,.!]+)*(?:(?:(?:that|thats|that's|that\s+is|its|it's|it\s+is|i've\s+got|ive\s+got|i\s+have|weve\s+got|we've\s+got)\s+)?(?:(?:got|had|done)\s+)?(?:enough|plenty)|(?:i'm|im|i\s+am|were|we're|we\s+are)\s+(?:good|ok|okay|fine|alright|sorted|all\s+good))(?:\s+(?:now|thanks|thank\s+you|thx|ta))*${ABOUT}$`,
);

/** The person says they are done ("im done", "that's all", "finished"), anywhere in the words. */
export function saysDone(text: string): boolean {
  return SAYS_DONE.test(text);
}

/** The whole message says no more outcomes ("no", "nope, that's all", "i dont want another one"). */
export function saysNoMoreOutcomes(text: string): boolean {
  const said = text.toLowerCase().trim().replace(/[\u2018\u2019]/g, "'").replace(/[.!]+$/, '');
  return NO_MORE.test(said) || ENOUGH.test(said);
}

/** Words that end every outcome, not only this hope's: "done", "finish", "no more", "enough". */
const ENDS_ALL = /\b(?:done|dun|dne|finished|finish|no\s+more|enough|any\s*more|nothing\s+else|stop)\b/i;

/**
 * "no thats all", "nope thats it": done, but maybe only with the hope just worked on (Leon meant
 * "no more for the IT hope"). Only "that's all" or "that's it" says done; "im done", "finish" do not count.
 */
export function saysThatsAllOnly(text: string): boolean {
  return /\b(?:that'?s|that\s+is)\s+(?:all|it)\b/i.test(text.replace(/[\u2018\u2019]/g, "'")) && !ENDS_ALL.test(text);
}
