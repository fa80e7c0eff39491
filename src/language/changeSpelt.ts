import { isCloseTo } from './fuzzy';

/*
 * "chnage my hopes", "chage something": the asking word "change" typed fast, at the start of a
 * request. Read as "change" so the rest is understood as it would be; real words one letter away
 * ("chance", "charge") stay as they are, since they start answers of their own.
 */

const REAL_WORDS = new Set(['chance', 'charge', 'orange', 'hange', 'chancer', 'changes', 'changed', 'chain', 'chains', 'chant', 'chase', 'cage', 'range', 'hang']);
const FIRST_WORD = /^(\s*(?:(?:pls|please|can\s+(?:i|we|u|you)|i\s+want\s+to|i\s+wanna)\s+)?)([a-z]{4,8})\b/i;

/** The message with a misspelt "change" at its start spelt right; the message as typed when there is none. */
export function withChangeSpelt(text: string): string {
  const found = FIRST_WORD.exec(text);
  if (!found) return text;
  const word = found[2]!.toLowerCase();
  if (word === 'change' || REAL_WORDS.has(word) || !isCloseTo(word, 'change')) return text;
  return `${found[1]}change${text.slice(found[0].length)}`;
}
