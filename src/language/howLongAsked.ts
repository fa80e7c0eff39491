import { normaliseReply } from './polarity';

/**
 * A question about time inside an answer: "ok but can I stop soon", "yes, how long is left?",
 * "is it nearly done". The answer counts; this part is answered too.
 */
export function asksHowLong(text: string): boolean {
  const plain = normaliseReply(text);
  return /\b(?:how (?:long|much longer|many more)|how much (?:more|is left)|(?:is it|are we) (?:nearly|almost) (?:done|finished|there|over)|nearly (?:done|finished) yet|(?:can|could|may) (?:i|we) (?:stop|finish|go) soon|stop soon|finish soon|much longer|many more questions|whats left|what is left)\b/.test(plain);
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
