/**
 * A hope or a plan answer in one sentence and harm told in another ("i want to be a nurse. nobody
 * feeds me at home"): the hope's words make only their own sentence ordinary talk, never the
 * disclosure beside it. Of the hope cues a message carries, these are the ones that still count
 * against a disclosure: those in a sentence the rules read harm to the writer in, or all of them when
 * the message is one sentence, or no sentence tells of harm to the writer on its own ("My mum is a
 * nurse. She looks after people who tried to hurt themselves.").
 */
const FIRST_PERSON = /\b(?:i|im|i'm|ive|i've|id|i'd|me|my|myself|us|our|we)\b/;

export function hopeCuesBesideHarm(
  text: string,
  hopeCues: readonly string[],
  readsHarm: (sentence: string) => boolean,
  cuesOfSentence: (sentence: string) => readonly string[],
): string[] {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim().length > 1);
  if (hopeCues.length === 0 || sentences.length < 2) return [...hopeCues];
  const harmful = sentences.filter((s) => FIRST_PERSON.test(s.toLowerCase()) && readsHarm(s));
  if (harmful.length === 0) return [...hopeCues];
  const near = new Set(harmful.flatMap((s) => cuesOfSentence(s)));
  return hopeCues.filter((c) => near.has(c));
}
