import type { Timeframe } from './timeframe';

/** "asap like", "as soon as possible so": said before the time it means. */
export const SOON_SAID_FIRST = String.raw`^(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|poss|i\s+can))[\s,]+(?:(?:like|so|say|i\s+mean)[\s,]+)?`;
const BEFORE_A_TIME = new RegExp(`${SOON_SAID_FIRST}(?=\\S)`, 'i');

/**
 * "asap like in 2 weeks": the time kept in the plan and said back is the time meant ("in 2 weeks");
 * "asap like" only says they want it soon, and the time already says how soon.
 */
export function withoutSoonSaidFirst(timeframe: Timeframe): Timeframe {
  const phrase = timeframe.phrase.replace(BEFORE_A_TIME, '').trim();
  return phrase && phrase !== timeframe.phrase ? { ...timeframe, phrase } : timeframe;
}
