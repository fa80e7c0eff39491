import { wordsNamedToRemove, wordsToRemove } from './wordsToRemove';

/*
 * "take out just that, it reads weird", "remove the words just that from the first hope",
 * "take out 'be realistic' that was me talking to myself": words named to take out of a hope.
 * Quotes (straight or curly) mark the words exactly, and what follows them is a reason.
 * Which hope holds them is for the dialog; words that are in no hope are never guessed at.
 */

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'] as const;
/** "... from the first hope", "... in the last one": which hope is meant, said after the words. */
const WHICH = /\s+(?:from|in|out\s+of|off)\s+(?:the\s+|my\s+|her\s+|his\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd)\s+(?:hope|one|dream)\b.*$/i;
const QUOTED = /^(?:(?:please|pls|can\s+you|could\s+you|can\s+u|just)\s+)*(?:take\s+out|remove|delete|cut\s+out|get\s+rid\s+of|take\s+away|leave\s+out|lose|drop)\s+(?:the\s+words?\s+)?["'“‘]([^"'“”‘’]{2,80})["'”’]/i;

/** "the word chips", "'chips'": one word marked as words, not a hope's name. */
const MARKED_ONE = /\bthe\s+word\b|["“‘]|(?:^|\s)'[\p{L}]/iu;

export interface HopeWordsOut {
  words: string;
  /** The hope's place (0 first, -1 last) when one was named. */
  at?: number;
}

export function hopeWordsToRemove(text: string): HopeWordsOut | undefined {
  const plain = text.trim().replace(/\s+/g, ' ');
  const which = WHICH.exec(plain);
  const place = which?.[1]?.toLowerCase();
  const at = place === undefined ? undefined : place === 'last' ? -1 : place.startsWith('1') ? 0 : place.startsWith('2') ? 1 : place.startsWith('3') ? 2 : ORDINALS.indexOf(place as (typeof ORDINALS)[number]);
  const asked = which ? plain.slice(0, which.index) : plain;
  const quoted = QUOTED.exec(asked)?.[1]?.trim();
  // "remove the swimming one", "delete the first hope": a whole hope by its name, never words of it.
  if (!quoted && /\b(?:ones?|hopes?|dreams?)[\s.!]*(?:please|pls|thanks)?[\s.!]*$/i.test(asked)) return undefined;
  const words = quoted ?? wordsNamedToRemove(asked) ?? wordsToRemove(asked);
  if (!words || words.split(/\s+/).length > 10) return undefined;
  // "delete chips", "get rid of swimming": one word said plainly names a whole hope; one word of a hope
  // is taken out only when marked ("the word chips", "'chips'", "take chips out of the first hope").
  if (!quoted && !which && !/^[\p{L}\p{N}'’-]+\s/u.test(words) && !MARKED_ONE.test(asked)) return undefined;
  return { words, ...(at !== undefined && at >= -1 ? { at } : {}) };
}
