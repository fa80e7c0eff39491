import type { Timeframe } from '../domain/draft';
import type { CoachContext } from './coaching';
import { dateOnlyChange } from './dateOnly';
import { isGoodSentence } from './outcomeSentence';

/*
 * At the read-back, "change the date to easter 2027, and can it say ...": the new date is made
 * first. The words change too only when new words follow plainly ("and make it say I will catch
 * the bus on my own"); a piece of a sentence ("and can it say with a friend") never replaces them.
 */

const MAX_CHARS = 300;

/** The date change, then "and ..." asking something more. */
const THEN_MORE = /^(.*?\S)\s*(?:[,.;!]\s*|\s+)(?:and|also|plus|then|&|n)\s+(.+)$/i;

/** "make it say", "can it say", "it should say", "change the words to": new words asked for plainly. */
const PLAIN_WORDS =
  /^(?:(?:please|pls|plz)\s+)?(?:(?:can|could)\s+(?:it|you|u|we)\s+(?:please\s+|pls\s+)?(?:say|read|put)|make\s+it\s+(?:say|read)|(?:it\s+)?(?:should|needs?\s+to)\s+(?:say|read)|change\s+the\s+(?:words|sentence|wording)\s+to|(?:have|let)\s+it\s+say)\s*:?\s+(.+)$/i;

/** The new date, and the new words when they are given plainly after it; null when no date change leads the message. */
export function dateThenWords(text: string, context: CoachContext): { when: Timeframe; words?: string } | null {
  if (text.length > MAX_CHARS) return null;
  const m = THEN_MORE.exec(text.trim());
  if (!m) return null;
  const when = dateOnlyChange(m[1]!, context);
  if (!when) return null;
  const plain = PLAIN_WORDS.exec(m[2]!.trim());
  // "i will ..." typed in lower case is the same sentence as "I will ...".
  const words = plain?.[1]?.replace(/^["'“‘]+|["'”’.?!\s]+$/g, '').trim().replace(/\bi\b/g, 'I');
  return { when, ...(words && isGoodSentence(words) ? { words } : {}) };
}
