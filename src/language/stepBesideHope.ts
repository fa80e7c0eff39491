import { pointsAtHope } from './thread';

/*
 * "yes the cafe one. help in the canteen?": which hope, and then the step for it, in one message.
 * The first sentence points at the hope; the rest is the step, never lost to a second asking.
 */

/** A question to the bot ("what do i put?", "is that ok?"): no step. */
const ASKS_THE_BOT = /^(?:what|how|why|who|where|which|do|does|did|is|are|am|can\s+(?:you|u)|could\s+(?:you|u)|should|shall|will\s+(?:you|u)|would\s+(?:you|u))\b/i;

/** The hope pointed at and the step said after it; undefined when the message is not so made. */
export function stepAfterHopeNamed(text: string): { hope: string; step: string } | undefined {
  const sentences = (text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? []).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  if (sentences.length < 2) return undefined;
  const [first, ...others] = sentences;
  if (!first || first.split(/\s+/).length > 6 || !pointsAtHope(first)) return undefined;
  // "help in the canteen?": said as a question to check it fits, it is still the step.
  const step = others.join(' ').replace(/[?\s]+$/, '').trim();
  if (step.split(/\s+/).length < 2 || ASKS_THE_BOT.test(step)) return undefined;
  return { hope: first.replace(/[.!?;\s]+$/, ''), step };
}
