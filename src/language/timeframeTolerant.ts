import { RecentReadings, readingKey } from './recentReadings';
import type { CoachContext } from './coaching';
import { findTimePhrase, type Timeframe } from './timeframe';
import { spelledForCalendar } from './whenSpelling';

/** A time phrase is near the start of an answer; longer answers are read this far. */
export const MAX_CHARS = 600;

/**
 * The time phrase found in an answer, with its date; "by the end of nursery in July", a phrase
 * that needs more than we know, takes the date of the month said beside it.
 */
export function resolveTime(text: string, context: CoachContext): Timeframe | null {
  const match = findTimePhrase(text, context);
  if (match?.date) return { phrase: match.phrase, date: match.date };
  if (match && match.date === null) {
    const rest = text.slice(0, match.start) + ' ' + text.slice(match.start + match.phrase.length);
    const other = findTimePhrase(rest, context);
    if (other?.date) return { phrase: match.phrase, date: other.date };
  }
  return null;
}

/**
 * The time phrase inside a longer answer, spelling and all ("make my tea on my own by crismas"):
 * the phrase kept is the person's own words, the date that of the corrected spelling.
 */
export function findTimeframeTolerant(text: string, context: CoachContext): Timeframe | null {
  return tolerantReadings.read(readingKey(text, context), () => timeframeTolerantAfresh(text, context));
}

const tolerantReadings = new RecentReadings<Timeframe | null>();

function timeframeTolerantAfresh(text: string, context: CoachContext): Timeframe | null {
  const exact = resolveTime(text.slice(0, MAX_CHARS), context);
  if (exact) return exact;
  const tokens = [...text.slice(0, MAX_CHARS).matchAll(/\S+/g)];
  const fixedTokens = tokens.map((m) => spelledForCalendar(m[0]));
  const fixed = fixedTokens.join(' ');
  const found = resolveTime(fixed, context);
  if (!found) return null;
  // Map the phrase found in the corrected words back to the same words as typed.
  const start = fixed.indexOf(found.phrase);
  if (start < 0) return found;
  const first = fixed.slice(0, start).split(' ').length - 1;
  const count = found.phrase.split(' ').length;
  const own = tokens.slice(first, first + count).map((m) => m[0]).join(' ').replace(/[.,!?;:]+$/, '');
  return { phrase: own || found.phrase, date: found.date };
}
