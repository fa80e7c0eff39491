import { normaliseMessage } from './text';

/*
 * "wots this for anyway my mum said i had to do it", "ye ok. but wot is it for tho": a question about
 * what the whole chat is for, in any spelling. It is answered, and never read as an answer or as help
 * with the open question. A yes or no typed before it ("ye ok.") is still the answer to the question.
 */

const WHAT = String.raw`(?:what|wot|wat|wht|whta|wut)`;
const WHAT_IS = String.raw`(?:${WHAT}\s+(?:is|s)|whats|wots|wats|whts|what's|wot's|wat's|${WHAT})`;
const THIS = String.raw`(?:this|it|dis|this\s+(?:chat|thing|bot)|the\s+(?:chat|point))`;
const FOR = String.raw`(?:all\s+)?for`;
const TAIL = String.raw`(?:\s+(?:anyway|anyways|then|tho|though|lol|exactly|again|even|actually|mate))*`;
/** The purpose question, with what may be said after it ("my mum said i had to do it": never an answer here). */
const PURPOSE = new RegExp(String.raw`^(?:(?:so|but|um+|erm+|wait|sorry|hang\s+on|and)\s+)*(?:${WHAT_IS}\s+${THIS}\s+${FOR}${TAIL}|${WHAT_IS}\s+the\s+point(?:\s+of\s+(?:this|it))?${TAIL}|why\s+(?:am\s+i|do\s+i\s+have\s+to\s+(?:do|be))\s+(?:doing\s+)?(?:this|it|here)${TAIL})\b[\s?!.,]*(.*)$`);
/** A short yes or no typed before the purpose question ("ye ok.", "yeah fine but"). */
const LEAD = /^((?:ye+s*|yeah|yea|yeh|ya|yh|yep|ok+(?:ay)?|k|fine|sure|alright|no+|nah|nope)(?:[\s,]+(?:ye+s*|yeah|yea|yeh|ok+(?:ay)?|fine|sure|alright|then))*)[\s.,!]+(.+)$/;

/** What was typed beside a question about what the chat is for: the answer before it ('' if none); null when not asked. */
export function asksWhatTheChatIsFor(text: string): { answer: string } | null {
  const plain = normaliseMessage(text).replace(/[’‘`]/g, "'");
  if (PURPOSE.test(plain)) return { answer: '' };
  const lead = LEAD.exec(plain);
  if (lead && PURPOSE.test(lead[2]!.trim())) return { answer: lead[1]!.trim() };
  return null;
}
