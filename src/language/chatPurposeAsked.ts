import { readPolarity } from './polarity';
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
/** "ye ok. but", "yeah fine but": at most this many yes or no words are read before the question. */
const MAX_LEADS = 3;

/** What was typed beside a question about what the chat is for: the answer before it ('' if none); null when not asked. */
export function asksWhatTheChatIsFor(text: string): { answer: string } | null {
  const plain = normaliseMessage(text).replace(/[’‘`]/g, "'");
  if (PURPOSE.test(plain)) return { answer: '' };
  // The yes or no before it is read as every yes / no question reads one; what follows must be the question.
  let rest = plain;
  for (let read = 0; read < MAX_LEADS; read++) {
    const lead = readPolarity(rest, { bySound: false });
    if ((lead.answer !== 'yes' && lead.answer !== 'no') || !lead.rest || lead.rest === rest) return null;
    rest = lead.rest.replace(/^then\s+/, '');
    if (!plain.endsWith(rest)) return null;
    if (PURPOSE.test(rest)) return { answer: plain.slice(0, plain.length - rest.length).trim() };
  }
  return null;
}
