/*
 * "key worker?" typed where the open question asks for words ("What help would you need?", "What
 * should it say?"): the word offered as the answer, unsure, never a question about what it means.
 * "whats a key worker" asks about the word and is answered as before.
 */

const LEAD = String.raw`(?:(?:maybe|prob|probably|like|um+|erm+|my|a|the|his|her|their|our|from)\s+)*`;
const TAIL = String.raw`(?:\s+(?:maybe|i\s+guess|i\s+think|probably|prob|lol|then))*`;
const TERM = String.raw`(?:key\s*workers?|keyworkers?)`;
const OFFERED = new RegExp(String.raw`^${LEAD}${TERM}${TAIL}\s*\?*$`, 'i');

/** The message is only the term (with "?" or not): an answer offered, not a question about the word. */
export function offersTermAsAnswer(text: string): boolean {
  const plain = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[.!,]+/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length <= 40 && OFFERED.test(plain);
}
