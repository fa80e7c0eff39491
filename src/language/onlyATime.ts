import type { Timeframe } from '../domain/draft';
import { withoutChatterOrEmoji } from './chatter';
import type { CoachContext } from './coaching';
import { withoutReported } from './reportedTime';
import { foldCase } from './text';
import { DOING_THE_START } from './startAsStep';
import { readWhenAnswer } from './whenAnswer';
import { findTimeframeTolerant } from './timeframeTolerant';

/*
 * "next year", "after christmas", "maybe by the end of year 11": an answer that says only when.
 * Asked for a step, what helps now or what makes something hard, a time is no answer, however sure
 * the time reader is: it is kept as the time (where one is wanted) or the question asked again.
 */

/** Times with no date that the calendar reader leaves alone. */
const LOOSE_TIME = /^(?:soon|later|later on|one day|some ?day|eventually|in a bit|in a while|tomorrow|next week|next month)$/;
/** Words said around a time that add nothing to it: "maybe", "i think", "by", "or so", "that would be good". */
const HEDGE =
  /\b(?:maybe|probably|hopefully|perhaps|possibly|ideally|i\s+think|i\s+guess|i\s+hope|prob|defo|definitely|by|before|in|from|starting|until|till|til|around|about|roughly|or\s+so|ish|like|the|then|its|it\s+is|it\s+will\s+be|that\s+will\s+be|at|on|of|end|latest|um+|erm+|uh+|hmm+|idk|dunno|not\s+sure|ok|okay|so|well|yeah|yes|yh|ye|for|it|that|would|be|good|fine|i\s+reckon|i\s+suppose|tbh|just|please|pls|done|finished|do\s+it|time|should\s+be|would\s+be|will\s+be|lol|if\s+(?:i|we|he|she)\s+can|(?:i|we)\s+(?:mean|meant)|actually)\b/g;

const wordsOf = (text: string): string =>
  foldCase(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const MAX_CHARS = 80;
/** What is left before the person's own time once someone else's words are out: "but I mean", "and i think". */
const OWN_LEAD = /^[\s,.;:!?-]*(?:(?:but|and)\s+)?(?:(?:i|we)\s*(?:mean|meant|think|reckon|d\s+say|'d\s+say|\u2019d\s+say|would\s+say)\s+)?/i;

/** The time, when the answer is a time and nothing more (with hedges around it); null otherwise. */
export function onlyATime(text: string, context: CoachContext): Timeframe | null {
  if (text.length > MAX_CHARS) return null;
  // "my teacher said 'by friday' but I mean by summer": someone else's words are left out when a time of the person's own is left.
  const own = withoutReported(text);
  const plain = wordsOf(withoutChatterOrEmoji(own !== text && findTimeframeTolerant(own, context) ? own.replace(OWN_LEAD, '') : text));
  if (!plain || DOING_THE_START.test(plain)) return null;
  const read = readWhenAnswer(plain, context).timeframe;
  if (!read) return null;
  // The time as the calendar reader found it inside the answer; what is left must be only hedges.
  const phrase = wordsOf(findTimeframeTolerant(plain, context)?.phrase ?? read.phrase);
  const rest = ` ${plain} `.replace(` ${phrase} `, ' ').replace(HEDGE, ' ').replace(/\s+/g, ' ').trim();
  return rest === '' ? read : null;
}

/** Whether the answer is a time and nothing more, a loose one ("soon", "one day") too. */
export function isOnlyATime(text: string, context: CoachContext): boolean {
  return LOOSE_TIME.test(wordsOf(withoutChatterOrEmoji(text))) || onlyATime(text, context) !== null;
}

/** A time with no date in it: "soon", "asap", "whenever", "not long", "one day". */
const VAGUE_TIME =
  /^(?:(?:very|really|quite|pretty)\s+)?(?:soon|sooner|asap|as\s+soon\s+as\s+(?:possible|poss|i\s+can|we\s+can)|quick(?:ly)?|fast|not\s+long|not\s+too\s+long|whenever|when\s*ever|any\s*time|later|later\s+on|one\s+day|some\s*day|some\s*time|eventually|a\s+bit|a\s+while|the\s+sooner\s+the\s+better|not\s+yet)(?:\s+(?:ish|i\s+hope|hopefully|maybe|i\s+guess|i\s+think))*$/;
/** Words before it that only say they are unsure: "dunno. soon", "idk maybe soon", "not sure, asap". */
const UNSURE_LEAD = /^(?:(?:i\s+)?(?:dunno|dont\s+know|do\s+not\s+know|donno|duno)|idk|not\s+sure|no\s+idea|maybe|probably|hopefully|um+|erm+|hmm+|i\s+think|i\s+guess|i\s+hope|like|just|in|by|well|ok|okay)\s+/;

/**
 * "dunno. soon", "asap", "whenever": a time is meant but no date can be read from it. The bot can
 * then suggest times rather than say it did not understand.
 */
export function isVagueTime(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  let plain = wordsOf(withoutChatterOrEmoji(text));
  for (let lead = UNSURE_LEAD.exec(plain); lead; lead = UNSURE_LEAD.exec(plain)) plain = plain.slice(lead[0].length);
  return VAGUE_TIME.test(plain);
}
