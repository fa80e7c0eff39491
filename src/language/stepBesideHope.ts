import { pointsAtHope } from './thread';

/*
 * "yes the cafe one. help in the canteen?": which hope, and then the step for it, in one message.
 * The first sentence points at the hope; the rest is the step, never lost to a second asking.
 */

const AGREEING = /^(?:(?:ok|okay|k|fine|yes|yeah|yep|ye|sure|go\s+on|alright|then|oh|ugh|right)[\s,.!]*)+$/i;

/** A question to the bot ("what do i put?", "is that ok?"): no step. */
const ASKS_THE_BOT = /^(?:what|how|why|who|where|which|do|does|did|is|are|am|can\s+(?:you|u)|could\s+(?:you|u)|should|shall|will\s+(?:you|u)|would\s+(?:you|u))\b/i;

/** The hope pointed at and the step said after it; undefined when the message is not so made. */
export function stepAfterHopeNamed(text: string): { hope: string; step: string } | undefined {
  // "ok fine. for living with my mates, ...": a yes said first leads in; the hope and step follow it.
  const sentences = (text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? []).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s) && !AGREEING.test(s));
  if (sentences.length < 2) return forHopeThenStep(sentences.join(' '));
  const [first, ...others] = sentences;
  if (!first || first.split(/\s+/).length > 6 || !pointsAtHope(first)) return undefined;
  // "help in the canteen?": said as a question to check it fits, it is still the step.
  const step = others.join(' ').replace(/[?\s]+$/, '').trim();
  if (step.split(/\s+/).length < 2 || ASKS_THE_BOT.test(step)) return undefined;
  return { hope: first.replace(/[.!?;\s]+$/, ''), step };
}

/**
 * "for living with my mates, learn to cook 3 easy meals", "for the friend one he could take turns
 * with another child": the hope pointed at with "for", then the step in the same sentence. "he could"
 * only leads the step in.
 */
const FOR_HOPE = /^\s*(for\s+(?:the\s+)?[\p{L}' ]{2,40}?\s+(?:one|hope|goal|dream|bit)|for\s+[\p{L}' ]{2,40}?(?=\s*[,:\-–]))\s*[,:\-–]?\s+(\S.*)$/iu;
const STEP_LEAD = /^(?:(?:he|she|they|i|we)\s+(?:could|can|might|should)\s+(?:maybe\s+)?|maybe\s+)/i;

function forHopeThenStep(text: string): { hope: string; step: string } | undefined {
  const m = FOR_HOPE.exec(text.trim());
  if (!m) return undefined;
  const step = m[2]!.replace(STEP_LEAD, '').replace(/[?.!\s]+$/, '').trim();
  // "do my own washing" is a step; "do i put ...?" asks the bot.
  const asks = /\?\s*$/.test(m[2]!) || (ASKS_THE_BOT.test(step) && !/^do\s+(?!you\b|u\b|i\b|we\b)/i.test(step));
  if (step.split(/\s+/).length < 2 || asks) return undefined;
  return { hope: m[1]!.replace(/^for\s+/i, '').trim(), step };
}
