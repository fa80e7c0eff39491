import type { Timeframe } from '../domain/draft';
import type { CoachContext } from './coaching';
import { readWhenAnswer } from './whenAnswer';

/*
 * "after christmas next year", "maybe by year 9", "end of year 11 i think": an answer that is only
 * a time, said where a step was asked for. It says when, not what, so it is never the step.
 */

/** Words that hedge a time or lead into it, and say nothing about what will be done. */
const AROUND_A_TIME =
  /\b(?:maybe|probably|prob|possibly|i\s+think|i\s+guess|i\s+hope|hopefully|about|around|roughly|um+|erm+|uh+|hmm+|idk|dunno|not\s+sure|or\s+so|ish|by|before|then|at\s+the\s+latest|latest|ok|okay|so|well|like|yeah|yes|yh|ye|the|for|it|that|would|be|good|fine|ideally|if\s+(?:i|we|he|she)\s+can)\b/gi;

const MAX_CHARS = 80;

/** The time when the answer is nothing but a time (and talk around it); null otherwise. */
export function onlyATime(text: string, context: CoachContext): Timeframe | null {
  const said = text.trim();
  if (!said || said.length > MAX_CHARS) return null;
  const read = readWhenAnswer(said, context).timeframe;
  if (!read) return null;
  const at = said.toLowerCase().indexOf(read.phrase.toLowerCase());
  if (at < 0) return null;
  const rest = `${said.slice(0, at)} ${said.slice(at + read.phrase.length)}`
    .replace(AROUND_A_TIME, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return rest ? null : read;
}
