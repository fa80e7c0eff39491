import { normaliseMessage } from './text';

/*
 * Words typed at the read-back that talk to the bot rather than add to the plan, even without a
 * question mark: "can karen see it. and my dad", "how do i show karen", "No, not a hope!", "i dont
 * want a new hope", "christmas is 25 december not 18". They are never offered as a new hope or
 * need. A hope typed there ("have more friends at school", "do more swimming") still is.
 */

/** A sentence that opens as a question: "can karen see it", "how do i show karen". */
const ASKS = /^(?:(?:and|but|so|ok|okay|um+|wait)\s+)*(?:can|could|how|who|what|whats|where|when|why|does|should|shall|will|would|is|are|am)\s+\S/;
/** "not a hope", "isnt a dream", "i dont want a new hope". */
const NOT_A_HOPE = /\b(?:not|isnt|no|dont\s+want|do\s+not\s+want|never\s+said)\s+(?:(?:a|an|any|another|new|more)\s+)*(?:hopes?|dreams?|goals?)\b/;
/** "25 december not 18", "its 3 not 4": a number put right. */
const NUMBER_PUT_RIGHT = /\b(?:not|isnt|instead\s+of)\s+(?:the\s+)?\d{1,4}(?:st|nd|rd|th)?\b/;

export function remarkAtReadBack(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map(normaliseMessage).filter(Boolean);
  return sentences.some((s) => ASKS.test(s)) || sentences.some((s) => NOT_A_HOPE.test(s) || NUMBER_PUT_RIGHT.test(s));
}
