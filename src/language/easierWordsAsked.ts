import { expandShorthand } from './commands';
import { normaliseMessage } from './text';

/** Whether the message names easy read itself, not only asks for simpler words. */
export function namesEasyRead(text: string): boolean {
  return /\beasy[\s-]*read\b/i.test(text);
}

/**
 * Whether a request for easier words is said to the bot about its own writing ("can u make it
 * easy", "shorter please", "i cant read long words"), not a way others could help ("use simple words").
 */
export function asksBotForEasierWords(text: string): boolean {
  const plain = expandShorthand(normaliseMessage(text));
  return /\b(?:can|could|will|would) you\b|\bmake (?:it|them|the words|the sentences|your)\b|\b(?:say|write|put) it\b|\b(?:please|pls|plz)$|^(?:shorter|smaller)$|\b(?:cant|cannot|can not|struggle to|find it hard to) (?:read|understand)\b|\btoo (?:hard|long|much|many)\b|\b(?:are|r) (?:too|so) (?:long|hard)\b/.test(plain);
}

/** "i cant read long words", "long words are hard": reading trouble said as a fact, not asked of the bot. */
const READING_TROUBLE =
  /\b(?:cant|cannot|can not|struggle to|find it hard to|hard to) (?:read|understand)\b.*\b(?:words|sentences|writing)\b|\b(?:words|sentences) (?:are |r )?(?:too |so |really )?(?:long|hard|big|difficult|tricky)\b/;

/**
 * Whether a message says reading is hard without asking the bot for anything: asked what makes a
 * hope hard, "long words are hard" is the answer ("can u make it shorter" still asks the bot).
 */
export function statesReadingTrouble(text: string): boolean {
  const plain = expandShorthand(normaliseMessage(text));
  return READING_TROUBLE.test(plain) && !/\b(?:can|could|will|would) you\b|\bmake (?:it|them|the words)\b|\b(?:please|pls|plz)\b/.test(plain);
}
