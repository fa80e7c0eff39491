import { findTimeframe } from './timeframe';
import type { TimeContext } from './timeContext';
import { clausesOf, normaliseMessage } from './text';
import type { Timeframe } from '../domain/draft';

/*
 * "i didn't give a date for this one. work experience is in july. so by the end of this school year.":
 * the date kept was never theirs, and the time they give now is the one meant. The last time said is
 * taken ("in july" is the reason; "by the end of this school year" the date), in their words.
 */

/** "i didn't give a date (for this one)", "i never said when", "i didnt say a date": the date kept is not theirs. */
const NOT_GIVEN =
  /\bi\s+(?:didnt|did not|never|havent|have not)\s+(?:give|gave|given|say|said|pick|picked|choose|chose|put|type|typed)\s+(?:you\s+|u\s+)?(?:a|the|any|that|this)?\s*(?:date|time|deadline|when)\b|\bi\s+(?:didnt|did not|never|havent|have not)\s+(?:say|said)\s+when\b/;

/** The time they give in place of a date they never gave; null when the message says no such thing. */
export function dateNotGiven(text: string, context: TimeContext): Timeframe | null {
  if (text.length > 400 || !NOT_GIVEN.test(normaliseMessage(text))) return null;
  const times = clausesOf(text).map((sentence) => findTimeframe(sentence, context)).filter((t): t is Timeframe => t !== null);
  return times.at(-1) ?? null;
}
