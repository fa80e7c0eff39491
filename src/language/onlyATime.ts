import { withoutChatterOrEmoji } from './chatter';
import type { CoachContext } from './coaching';
import { foldCase } from './text';
import { findTimeframeTolerant, readWhenAnswer } from './whenAnswer';

/*
 * "next year", "after christmas", "maybe in september": an answer that says only when. Asked what
 * helps now (or what makes something hard), a time is no answer, however sure the time reader is.
 */

/** Times with no date that the calendar reader leaves alone. */
const LOOSE_TIME = /^(?:soon|later|later on|one day|some ?day|eventually|in a bit|in a while|tomorrow|next week|next month)$/;
/** Words said around a time that add nothing to it: "maybe", "i think", "by", "or so". */
const HEDGE = /\b(?:maybe|probably|hopefully|perhaps|i\s+think|i\s+guess|i\s+hope|prob|defo|definitely|by|in|from|starting|until|till|til|around|about|or\s+so|ish|like|the|then|its|it\s+is|it\s+will\s+be|that\s+will\s+be|at|on|of|end)\b/g;

const wordsOf = (text: string): string =>
  foldCase(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether the answer is a time and nothing more. */
export function isOnlyATime(text: string, context: CoachContext): boolean {
  const plain = wordsOf(withoutChatterOrEmoji(text));
  if (!plain) return false;
  if (LOOSE_TIME.test(plain)) return true;
  const read = readWhenAnswer(plain, context).timeframe;
  if (!read) return false;
  // The time as the calendar reader found it inside the answer; what is left must be only hedges.
  const phrase = wordsOf(findTimeframeTolerant(plain, context)?.phrase ?? read.phrase);
  const rest = ` ${plain} `.replace(` ${phrase} `, ' ').replace(HEDGE, ' ').replace(/\s+/g, ' ').trim();
  return rest === '';
}
