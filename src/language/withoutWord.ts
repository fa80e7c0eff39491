import { readPolarity } from './polarity';
import { normaliseMessage } from './text';

/*
 * "yes but without the word just", "yes but take out really": the new words are right but for the
 * word named, which comes out before anything is changed.
 */

const WITHOUT = /^(?:but|and|only|just|although|though)?\s*(?:without|with out|minus|not|take out|leave out|drop|lose|no)\s+(?:the\s+words?\s+|the\s+)?(.{1,40}?)(?:\s+(?:in it|please|pls|thanks))?$/;

/** The new words with the word named taken out; undefined when no word is named, null when the words do not hold it. */
export function newWordsWithout(newText: string, text: string): string | null | undefined {
  const rest = normaliseMessage(readPolarity(text).rest);
  const word = WITHOUT.exec(rest)?.[1]?.trim();
  if (!word) return undefined;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'iu');
  if (!pattern.test(newText)) return null;
  return newText.replace(pattern, '$1').replace(/\s{2,}/g, ' ').replace(/\s+([,.!?])/g, '$1').trim();
}
