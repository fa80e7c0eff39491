/*
 * "thats a stupid question. how am i supposed to know what other people think": not knowing, said bluntly as a
 * question back, with a word about the question beside it. At an open question it is "I'm not sure", never an
 * answer and never a worry.
 */

/** "how am i supposed to know", "how would i know what people like about me", "how should i know". */
const HOW_WOULD_I_KNOW =
  /^(?:but\s+|like\s+|i\s+mean\s+)?how\s+(?:am|was|would|should|could|do|can|is)\s+(?:i|me)\s+(?:supposed\s+to\s+|meant\s+to\s+|going\s+to\s+|gonna\s+|sposed\s+to\s+)?(?:know|say|tell|guess)\b(?:\s+(?:that|this|what|how|why|if)\b[a-z\s]{0,60})?$/;

/** A word about the question itself: "thats a stupid question", "weird question", "what kind of question is that". */
const ABOUT_THE_QUESTION =
  /^(?:(?:thats|that\s+is|this\s+is|its|what\s+a|such\s+a)\s+)?(?:a\s+)?(?:really\s+|so\s+|kind\s+of\s+|bit\s+of\s+a\s+)?(?:stupid|dumb|weird|odd|strange|pointless|silly|hard|impossible|rubbish|annoying)\s+(?:question|thing\s+to\s+ask)|^what\s+(?:kind|sort)\s+of\s+(?:a\s+)?question\s+is\s+(?:that|this)$|^(?:i\s+)?(?:dunno|dont\s+know|idk|no\s+idea)$/;

/** Whether the message only says "how would I know", with at most a word about the question. */
export function bluntNotSure(text: string): boolean {
  if (text.length > 160) return false;
  const pieces = text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/\s*[.!?,;]+\s*/)
    .map((p) => p.replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return pieces.some((p) => HOW_WOULD_I_KNOW.test(p)) && pieces.every((p) => HOW_WOULD_I_KNOW.test(p) || ABOUT_THE_QUESTION.test(p));
}
