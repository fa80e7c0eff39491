import { normaliseMessage } from './text';

/*
 * "i said no. i only have 2 hopes. is 2 allowed" at "add another outcome?": a no, with a question
 * about whether that many is enough. Said back to the bot, it is never a take-back of the outcome
 * just agreed: the no stands, and the question is answered (any number is fine).
 */

const NO = /^(?:(?:i\s+(?:already\s+)?said|i\s+say|i\s+told\s+(?:you|u))\s+)?(?:no|nah|nope|no thanks|no thank you)$/;

/** "is 2 allowed", "is that enough", "do i have to do 3", "how many do i need". */
const ENOUGH =
  /^(?:is|are)\s+(?:\d+|one|two|three|that|this|these|those|that many)\s+(?:\w+\s+)?(?:allowed|ok|okay|enough|fine|alright|all right)$|^(?:do|must|should)\s+i\s+(?:have to|need to|need|have|got to)\s+(?:have|do|make|write)\s+(?:more|another|\d+|two|three)\b.*$|^how\s+many\s+(?:do|should|must|can)\s+i\b.*$|^(?:can|could)\s+i\s+(?:just\s+|only\s+)?(?:have|do|make|stop at)\s+(?:\d+|one|two|three)\b.*$/;

/** A reason beside it: "i only have 2 hopes", "that is all my hopes". */
const REASON = /^(?:i|we|he|she|they)\s+(?:only\s+)?(?:have|has|got|had)\s+(?:only\s+)?(?:\d+|one|two|three)\b.*$|^(?:that|thats|that s|that is|those are)\s+(?:all|it|enough)\b.*$/;

/** Whether the message is a no with a question about how many is enough. */
export function noWithEnoughAsked(text: string): boolean {
  if (text.length > 160) return false;
  const sentences = text.split(/[.?!;,\n]+/).map((s) => normaliseMessage(s)).filter(Boolean);
  let no = false;
  let asked = false;
  for (const said of sentences) {
    if (NO.test(said)) no = true;
    else if (ENOUGH.test(said)) asked = true;
    else if (!REASON.test(said)) return false;
  }
  return no && asked;
}
