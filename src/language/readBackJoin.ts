import { readContinuation } from './continuation';
import { readsAsAStep } from './readsAsAStep';
import { isSupportOnly } from './support';
import type { TimeContext } from './timeContext';

/*
 * Typed at the read-back of an outcome ("I will sit with someone at lunch. Is that right?"):
 * "and say hi to people in my form too", "go to lunch club too" is one more thing they will do,
 * so it joins the sentence read back. Help ("n help filling in forms too", "and a TA") is not:
 * that stays with the outcome's provision.
 */

/** Words after a piece that say it is more of the same: "... too", "... as well". */
const MORE_TAIL = /\s+(?:too|as\s+well|aswell)[\s.!]*$/i;

/** A piece that starts with who does it ("i will ...", "she can ..."): a new sentence, never a piece to join. */
const NAMES_WHO = /^(?:i|im|i'm|he|she|they|we|you|u|it|my|his|her|their|that|this|yes|yeah|no|ok|okay)\b/i;

/**
 * The thing to do that a message adds to the outcome read back, as typed ("say hi to people in my
 * form"); undefined when it adds none (help, a question, a new sentence, or no "and" / "too").
 */
export function readBackAddition(text: string, context: TimeContext): string | undefined {
  const typed = text.trim();
  if (!typed || typed.length > 200 || /\?/.test(typed)) return undefined;
  const piece = readContinuation(typed) ?? (MORE_TAIL.test(typed) ? typed.replace(MORE_TAIL, '').trim() : null);
  if (!piece || NAMES_WHO.test(piece) || /[.!;]\s*\S/.test(piece)) return undefined;
  if (isSupportOnly(piece) || !readsAsAStep(piece, context)) return undefined;
  return piece.replace(/[\s.!]+$/, '');
}

/** The sentence read back with the thing added: "... at lunch and say hi to people in my form." */
export function withAdditionJoined(sentence: string, piece: string): string {
  return `${sentence.trim().replace(/[\s.!]+$/, '')} and ${piece.trim()}.`;
}
