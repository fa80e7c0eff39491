import { overlap } from './thread';

/*
 * "oh and i want to learn to swim" typed at an outcome question: an added wish ("and", "also")
 * about something none of their hopes is about. It is a new hope, never the words of the outcome
 * being written, so it is kept as a hope and its outcome comes later.
 */

/** "oh and", "also", "and another thing": the words that say something is being added. */
const ADDED = String.raw`(?:(?:oh|ah|um+|erm|ok(?:ay)?|yeah|yes|so|btw|wait)[\s,.!]+)*(?:and|also|plus|and\s+also)[\s,]+`;
/** "want to", "'d really like to", "wish i could": the wish itself follows. */
const WANTS = String.raw`(?:really\s+)?(?:want(?:\s+to)?|wanna|would\s+(?:really\s+)?like\s+to|'?d\s+(?:really\s+)?like\s+to|wish\s+i\s+could|hope\s+to|hope\s+i\s+can)\s+`;
/** "and i want to", "also i'd like to", "oh i also want to": added, by a word before or inside. */
const LEAD = String.raw`(?:${ADDED}i\s+(?:also\s+)?|(?:oh[\s,]+)?i\s+also\s+)${WANTS}`;
/** The whole message: an added wish, anchored at both ends so nothing else rides along. */
const ADDED_WISH = new RegExp(String.raw`^\s*${LEAD}(\p{L}[^.!?;]*?)(?:\s+(?:too|as\s+well))?[\s.!]*$`, 'iu');

/**
 * The wish ("learn to swim") when the message adds one that shares no meaning word with any of
 * `kept` (their hopes and what is hard for them); null otherwise.
 */
export function newWishBeside(text: string, kept: readonly string[]): string | null {
  const m = ADDED_WISH.exec(text);
  const wish = m?.[1]?.trim();
  if (!wish || !/\p{L}{3,}/u.test(wish)) return null;
  if (kept.some((words) => overlap(words, wish, false) > 0)) return null;
  return wish;
}
