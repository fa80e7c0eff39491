import { hopesPickedByWords } from './hopePicked';
import { normaliseMessage, sentencesOf } from './text';

/*
 * "sorry that was for the weight one", "oops that was meant for my flat hope", "thats for the manga one
 * not college", "oops that was about college": the answer just kept
 * belongs to another hope, named by its words. Never an answer itself. Read per sentence, on the
 * normalised words; the message's other sentences are left to be read on.
 */

const FOR_HOPE =
  /^(?:(?:sorry|soz|oops|wait|no|nah|oh|um+|erm+|my\s+bad|actually)\s+)*(?:that|it|this|those|these)\s+(?:was|is|were|are|s)\s+(?:meant\s+)?(?:for|about)\s+(?:(?:the|my|your)\s+)?(.+?)(?:\s+(?:one|hope|dream))?(?:\s+not\s+(?:for\s+|about\s+)?(?:(?:the|my)\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+(?:one|hope))?)?$/;

/** The hope another answer was for, and the rest of the message; undefined when no sentence says so, or names no one hope. */
export function answerWasForHope<H extends { id: string; text: string }>(text: string, hopes: readonly H[]): { hope: H; rest: string } | undefined {
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries()) {
    const said = FOR_HOPE.exec(normaliseMessage(sentence).replace(/\bthats\b/g, 'that is'));
    const named = said ? hopesPickedByWords(said[1]!, hopes) : [];
    if (named.length === 1) return { hope: named[0]!, rest: sentences.filter((_s, j) => j !== i).join(' ') };
  }
  return undefined;
}
