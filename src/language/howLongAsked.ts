import { readDataQuestion } from './dataQuestion';
import { normaliseReply } from './polarity';

/**
 * A question about time inside an answer: "ok but can I stop soon", "yes, how long is left?",
 * "is it nearly done", "is this nearly done", "are we done yet". The answer counts; this part is answered too. "Jo will write down how long
 * he sits" is an answer about time, never a question about the chat.
 */
export function asksHowLong(text: string): boolean {
  // "how long do you keep this" asks about the answers being kept, not about time left in the chat.
  if (readDataQuestion(text)?.kept) return false;
  const plain = normaliseReply(text);
  return /(?<!\b(?:write|writes|wrote|writing|written|down|note|notes|record|records|see|sees|count|counts|time|times|track|tracks|check|checks|measure|measures|know|knows|tell|tells|show|shows|log|logs|say|says)\s+)\bhow long(?=\s+(?:is|are|will|would|does|do|has|have|left|to go|till|until|now|more|else|this|that|these|remaining|still)\b|\s*$)|\b(?:how (?:much longer|many more)|how much (?:more|is left)|(?:is this|is the chat|are we|r we) (?:done|finished|there|over)(?: yet| now)?(?=\s*$)|(?:is it|is this|is that|is the chat|are we|r we) (?:nearly|almost) (?:done|finished|there|over)|nearly (?:done|finished) yet|(?:can|could|may) (?:i|we) (?:stop|finish|go) soon|stop soon|finish soon|much longer|many more questions|whats left|what is left)\b/.test(plain);
}

/**
 * "ok but can I stop soon" -> the answer ("ok") and whether a how-long question came with it. The
 * answer is what remains once the question about time is taken out.
 */
export function splitHowLong(text: string): { answer: string; asks: boolean } {
  if (!asksHowLong(text)) return { answer: text, asks: false };
  const parts = text.split(/(?:[,.;!?]+|\s+(?:but|and|so)\s+|\s[-–—]\s)/i).map((p) => p.trim()).filter(Boolean);
  const kept = parts.filter((p) => !asksHowLong(p));
  return { answer: kept.join(', ').trim(), asks: true };
}
