import { readsAsHope } from './aboutMeMisplaced';
import { normaliseMessage } from './text';

/*
 * A hope said after a short answer to a closed question: "yeah im safe. i just want my own place
 * one day". The answer is read by the question's own reader; the hope is kept for the hopes stage.
 */

/** "i just want", "id love", "my dream is", "one day i", "when im older i want": a hope begins. */
const HOPE_LEAD =
  /^(?:(?:and|but|tho|though|also|well|so)\s+)*(?:(?:i|we)\s+(?:just\s+|really\s+|only\s+|kinda\s+|kind\s+of\s+|would\s+)?(?:want|wanna|hope|wish|dream\s+(?:of|about)|would\s+(?:like|love)|would\s+like|would\s+love|d\s+(?:like|love))|(?:id|i\s+d)\s+(?:really\s+)?(?:like|love)|(?:my|our)\s+(?:big\s+|biggest\s+|main\s+)?(?:dream|hope|wish|goal)|one\s+day|some\s*day|when\s+(?:i\s*m|i\s+am|im)\s+(?:older|grown\s+up|an?\s+adult|18|eighteen))\b/;
/** A want for now, not a hope: "i just want to go home", "i want to stop", "i just want to be left alone". */
const NOT_A_HOPE = /\b(?:go\s+home|stop|leave\s+(?:this|the\s+chat|now)|be\s+left\s+alone|finish\s+(?:this|now)|get\s+this\s+over|sleep|die|dead|kill|hurt|disappear|not\s+be\s+here)\b/;
/** Something to do with a future or a life: what makes the want a hope. */
const LIFE_WORDS =
  /\b(?:own|one\s+day|some\s*day|future|older|grown\s+up|adult|job|work|career|college|uni|university|live|living|flat|house|home\s+of\s+my\s+own|place|drive|car|money|friends?|family|married|kids|travel|learn|be\s+an?|become|get\s+an?|have\s+an?|have\s+my|move)\b/;

function sentences(text: string): string[] {
  return text.split(/[.!?…;\n]+|,\s*(?=(?:and\s+|but\s+)?(?:i|id|one\s+day|my)\b)/i).map((s) => s.trim()).filter(Boolean);
}

/** Whether one sentence on its own reads as a hope for the future. */
export function sentenceIsAHope(sentence: string): boolean {
  const said = normaliseMessage(sentence);
  if (said.length > 300 || NOT_A_HOPE.test(said)) return false;
  return readsAsHope(said) || (HOPE_LEAD.test(said) && LIFE_WORDS.test(said));
}

/**
 * The first sentence, and the hope said after it ("i just want my own place one day"); undefined
 * when nothing after the first sentence reads as a hope.
 */
export function hopeAfterAnswer(text: string): { answer: string; hope: string } | undefined {
  const parts = sentences(text);
  if (parts.length < 2) return undefined;
  const [answer, ...rest] = parts;
  const hope = rest.join('. ');
  return rest.every((part) => sentenceIsAHope(part)) ? { answer: answer!, hope } : undefined;
}
