import type { Timeframe } from './timeframe';

/*
 * "By the summer. I want to make a friend at my new school": the time said first, in a short
 * sentence of its own, and the step after it. The step is read from its own sentence, so the time
 * is looked for beside it, never lost.
 */

/** Sentences longer than this say more than a time. */
const MAX_TIME_WORDS = 6;

/** Small words that may stand around a time said on its own: "ok by the summer", "hopefully by easter". */
const AROUND = /^(?:by|in|before|the|and|so|ok|okay|um+|erm+|well|maybe|hopefully|probably|ish|about|around|then|yeah|yes)$/i;

function wordsBeside(sentence: string, phrase: string): number {
  const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  const rest = at < 0 ? sentence : sentence.slice(0, at) + ' ' + sentence.slice(at + phrase.length);
  return rest.toLowerCase().replace(/[^a-z0-9'\s]+/g, ' ').split(/\s+/).filter((w) => w && !AROUND.test(w)).length;
}

/** A time said in a short sentence of its own beside the key sentence `step`, or null. */
export function timeSaidApart(text: string, step: string, readTime: (said: string) => Timeframe | null): Timeframe | null {
  if (step === text.trim()) return null;
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  for (const sentence of sentences) {
    if (sentence === step || sentence.split(/\s+/).length > MAX_TIME_WORDS) continue;
    const found = readTime(sentence);
    // "Its my birthday tomorrow." says more than a time: only a sentence that is all time counts.
    if (found && wordsBeside(sentence, found.phrase) === 0) return found;
  }
  return null;
}
