/*
 * "delete it i dont want it to say anything", "remove that, i dont need it": after the verb only a
 * pointer at the part being talked about, then why it should go. The whole part is meant, never
 * the words of the reason taken out of it.
 */

const POINTER = String.raw`(?:it|that|this|that\s+one|this\s+one|it\s+all|all\s+of\s+it|the\s+lot|the\s+whole\s+(?:thing|bit|part|one))`;
const REASON = String.raw`(?:(?:i|we|he|she)\s+(?:dont|don't|do\s+not|didnt|didn't|never)\s+(?:want|need|like|wanna|said|say)\b|(?:its|it's|it\s+is|thats|that's)\s+(?:not\s+)?(?:needed|wrong|rubbish|pointless|not\s+right|not\s+true|not\s+me)\b|(?:cos|coz|cuz|because)\b)`;
const WHOLE_PART = new RegExp(String.raw`^${POINTER}(?:\s+(?:please|pls|plz|now|then))?[\s,.;:!-]+${REASON}.*$`, 'i');

/** The words after a take-out verb point at the whole part, then give a reason. */
export function pointsAtWholePart(afterVerb: string): boolean {
  return WHOLE_PART.test(afterVerb.trim().replace(/\s+/g, ' '));
}
