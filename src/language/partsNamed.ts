import { normaliseMessage } from './text';

/*
 * Which of the parts one message was cut into a message names by their words: "pass my course and
 * go onto level 2 is the same thing really" names the first two of "pass my course", "go onto
 * level 2", "get the bus to college on my own", so only those two are joined.
 */

const SMALL = new Set(['a', 'an', 'the', 'to', 'my', 'and', 'of', 'on', 'in', 'at', 'for', 'i', 'be', 'go', 'get', 'do', 'it', 'is', 'with', 'own',
  // How a hope starts ("wanna be", "id like to"): it says nothing of which hope is meant.
  'wanna', 'want', 'wants', 'would', 'like', 'love', 'id', 'hope', 'really', 'also', 'just', 'he', 'she', 'they']);

function wordsOf(text: string): string[] {
  return normaliseMessage(text).split(' ').filter(Boolean);
}

/** True when the message says the part: its words in a row, or nearly all its own words. */
function names(said: string, saidWords: Set<string>, part: string): boolean {
  const words = wordsOf(part);
  if (!words.length) return false;
  if (` ${said} `.includes(` ${words.join(' ')} `)) return true;
  const own = words.filter((w) => !SMALL.has(w));
  // "mechanic and fix cars": a hope of one word of its own ("wanna be a mechanic") is named by that word.
  if (own.length === 1) return own[0]!.length >= 4 && saidWords.has(own[0]!);
  if (own.length < 2) return false;
  // "drummer in a band and go on tour" names "go on tour with my mates": of two words of its own, the first says what it is
  // ("tour", "drummer"); "fixing cars" does not name "fix cars" by "cars" alone.
  if (own.length === 2) return own[0]!.length >= 4 && saidWords.has(own[0]!);
  return own.filter((w) => saidWords.has(w)).length / own.length >= 0.75;
}

/** The places (from 0) of the parts the message names, in order. */
export function partsNamed(text: string, parts: readonly string[]): number[] {
  const said = normaliseMessage(text);
  const saidWords = new Set(said.split(' '));
  return parts.flatMap((part, i) => (names(said, saidWords, part) ? [i] : []));
}
