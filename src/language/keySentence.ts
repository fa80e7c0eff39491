import { foldCase } from './text';

/*
 * The heart of a long answer: the sentence that says what the person wants, hopes or could do, with
 * the sentences after it that carry it on ("And do group work in science."). Read from their words.
 */

/** A sentence that says what the person wants, hopes or could do: the heart of a long answer. */
const INTENT =
  /^(?:(?:so|and|but|also|then|ok|okay|well|honestly|tbh)[\s,]+)*(?:i\s+(?:think|guess|reckon)\s+)?(?:i|he|she|they|we)(?:\s+|(?='ll\b))(?:really\s+|just\s+|would\s+)?(?:want|wanna|would\s+like|'d\s+like|could|can|will|'ll|hope|plan|need|needs|wish|am\s+going|'m\s+going)\b/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A long answer's key sentence: the first that says what they want or could do; otherwise the whole answer. */
export function keySentence(text: string): string {
  const all = sentences(text);
  if (all.length < 2) return text.trim();
  const at = all.findIndex((s) => INTENT.test(foldCase(s)));
  if (at < 0) return text.trim();
  // "I could help at the stables. And do group work in science.": a sentence that goes on with "And" and a
  // verb is more of the same step, kept with it (from the original words, so nothing is reworded).
  let end = at;
  while (end + 1 < all.length && GOES_ON.test(foldCase(all[end + 1]!))) end += 1;
  if (end === at) return all[at]!;
  const from = text.indexOf(all[at]!);
  const last = all[end]!;
  return text.slice(from, text.indexOf(last, from) + last.length).trim();
}

/** "And do group work", "and also eat lunch": a sentence that carries on the one before with another thing to do. */
const GOES_ON =
  /^(?:and|&|plus)(?:\s+also)?\s+(?!(?:i|he|she|they|we|you|it|that|this|there|then|so|if|when|because|cos|but|my|his|her|their|our|your|the|a|an|maybe|also|yeah|yes|no|not|thats|that's|its|it's|im|i'm)\b)[a-z]+\b/;
