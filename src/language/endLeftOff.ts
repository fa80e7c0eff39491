import { normaliseReply } from './polarity';

/*
 * "you missed the last bit", "you cut off the end", "the rest is missing", "it stops halfway": a
 * complaint that the words read back lost their end. It is about the bot's read-back, never a
 * hope, a need or a hard thing. Only the end of what was said is meant: "you missed the swimming
 * one" names a hope of its own (goalForHope.ts reads that).
 */

/** The end of what was said: "the last bit", "the end", "the rest of it", "the second half". */
const END = String.raw`(?:the\s+)?(?:last|end|final|second|other)\s+(?:bit|part|half|words?|sentence|line|few\s+words)(?:\s+(?:of\s+(?:it|that|what\s+i\s+(?:said|wrote|put|typed)))|\s+off)?|the\s+(?:end|rest)(?:\s+(?:of\s+(?:it|that|the\s+(?:sentence|hope|message)|what\s+i\s+(?:said|wrote|put|typed))))?|(?:the\s+)?bit\s+(?:at\s+the\s+end|after)`;
/** "you missed", "youve cut off", "u left out", "it doesnt have", "where is". */
const LOST = String.raw`(?:(?:you|u|ya|it)(?:'?ve|\s+have)?\s+(?:(?:just|completely|totally)\s+)?(?:missed|miss|left|cut|chopped|lost|forgot|dropped|skipped)(?:\s+(?:out|off))?|(?:you|u)\s+(?:didn'?t|did\s+not|dont|don'?t)\s+(?:get|put|keep|include|add|write)|(?:it|that|this)\s+(?:doesn'?t|does\s+not|didn'?t)\s+(?:have|say|include|show)|where(?:'?s|\s+is|\s+has|\s+did)|(?:you|u)(?:'?ve|\s+have)?\s+cut\s+(?:it|me)\s+off\s+at)`;
const LOST_END = new RegExp(String.raw`^(?:(?:no|nope|oh|um+|erm+|wait|hang\s+on|sorry|hmm+|but|and|er)[\s,.!]+)*${LOST}\s+(?:off\s+)?(?:${END})(?:\s+(?:off|out|of\s+(?:it|that)|gone|go))?[\s.!?]*$`, 'i');
/** "the last bit is missing", "the end got cut off", "the rest has gone". */
const END_LOST = new RegExp(String.raw`^(?:(?:no|oh|um+|but|and|er)[\s,.!]+)*(?:${END})\s+(?:is|was|has|got|'?s)\s+(?:been\s+)?(?:missing|missed|gone|lost|cut(?:\s+off)?|chopped(?:\s+off)?|left\s+(?:out|off)|not\s+there)[\s.!?]*$`, 'i');
/** "it's cut off", "it got cut off halfway", "it stops halfway", "half of it is missing". */
const STOPS_SHORT = /^(?:(?:no|oh|um+|but|and|er)[\s,.!]+)*(?:(?:it|that|this|the\s+hope)(?:'?s|\s+is|\s+was|\s+got|\s+has\s+been)\s+(?:been\s+)?(?:cut|chopped)\s+off(?:\s+(?:halfway|half\s+way|in\s+the\s+middle|at\s+the\s+end))?|(?:it|that)\s+stops\s+(?:halfway|half\s+way|in\s+the\s+middle|short)|half\s+of\s+it(?:'?s|\s+is)\s+(?:missing|gone))[\s.!?]*$/i;

/** True when the message says the words read back lost their end. */
export function saysEndLeftOff(text: string): boolean {
  const said = normaliseReply(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (!said || said.length > 120) return false;
  return LOST_END.test(said) || END_LOST.test(said) || STOPS_SHORT.test(said);
}
