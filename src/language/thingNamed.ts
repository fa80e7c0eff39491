import { themeOfWords } from './thread';

/*
 * A hope said as the thing wanted, with no "I want": "dog groomer.", "A paid job in a warehouse.".
 * Said as a sentence of its own before another hope, it is a hope of its own, never background to
 * the next one. A description of the person ("A lovely boy.") names no part of life, so it stays
 * with the hope beside it.
 */

/** Words that tell about someone or join a story: a sentence with one of them is no thing named alone. */
const TELLING =
  /\b(?:is|are|was|were|has|have|had|am|be|he|she|they|i|it|its|it's|hes|shes|he's|she's|we|you|his|her|their|not|no|and|but|so|because|cos|with|can|cant|can't)\b/i;

/** The words of a sentence, without marks. */
function wordsOf(sentence: string): string[] {
  return sentence.replace(/[^\p{L}\p{N}'\s]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
}

/** "dog groomer", "a vet", "football": two or three words naming a thing, with no one doing or being anything. */
export function namesAThingAlone(sentence: string): boolean {
  const words = wordsOf(sentence);
  if (words.length < 2 || words.length > 3) return false;
  return !TELLING.test(words.join(' ')) && !/\bmy\b/i.test(words.join(' '));
}

/** Longer than this, a sentence without a verb is read as telling, not as a thing wanted. */
const MAX_NAMED_WORDS = 8;

/**
 * "A paid job in a warehouse", "a flat of my own": a thing wanted, said with "a" or "my own", that
 * names a part of life (work, a home, friends, health).
 */
export function namesAWantedThing(sentence: string): boolean {
  if (namesAThingAlone(sentence)) return true;
  const words = wordsOf(sentence);
  if (words.length < 2 || words.length > MAX_NAMED_WORDS) return false;
  const said = words.join(' ');
  if (!/^(?:an?|my\s+own|own)\b/i.test(said) || TELLING.test(said)) return false;
  return themeOfWords(said) !== null;
}
