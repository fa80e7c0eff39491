import { normaliseMessage } from './text';

/*
 * "i did??", "i already did", "i said it already", "i did start with i will": said to a question the
 * person thinks they have just answered. It points at their own last words for that question, never
 * at an earlier answer, and is never kept as words of its own.
 */

const LEAD = String.raw`(?:(?:but|no|nah|yes|yeah|ye|um+|erm|omg|ugh+|wait|i mean)\s+)*`;
const DID = String.raw`i\s+(?:already\s+|alredy\s+|allready\s+|just\s+|did\s+)?(?:did|done|have|said(?:\s+(?:it|that|this))?|sed|told\s+(?:you|u)|wrote\s+it|typed\s+it|put\s+it|did\s+(?:it|that|say\s+(?:it|that|i\s+will)|start\s+with\s+i\s+will|put\s+i\s+will))`;
const TAIL = String.raw`(?:\s+(?:already|alredy|allready|before|just\s+now|up\s+there|above|again|that|it))*`;
const DID_ALREADY = new RegExp(`^${LEAD}${DID}${TAIL}$`);
const WHAT_I_SAID = /^(?:(?:but|no|yes|yeah)\s+)*(?:thats|that s|that is|its|it s|it is)\s+what\s+i\s+(?:said|put|wrote|typed)(?:\s+already)?$/;

/** Whether the message only says they have already answered the open question. */
export function saysDidAlready(text: string): boolean {
  const said = normaliseMessage(text).replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return DID_ALREADY.test(said) || WHAT_I_SAID.test(said);
}
