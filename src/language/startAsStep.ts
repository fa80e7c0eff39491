import type { Timeframe } from '../domain/draft';
import { foldCase } from './text';

/*
 * "starting college in september", "actually start the course in sept": the start itself is what
 * they will do, with its time beside it. Only with "when", "by the time" or "before" in front is the
 * start a time ("by the time i start college"). Said as a step, its time is the words after the
 * place ("in september"), never the start itself.
 */

/** The answer opens with doing the start (after words that add nothing: "actually", "i will"). */
export const DOING_THE_START = /^(?:(?:actually|really|just|then|and|so|to|i\s+will|ill|i\s+want\s+to|be)\s+)*(?:start|starting|begin|beginning|go(?:ing)?\s+(?:in)?to)\s+(?!when\b)/;

/** The start named inside a time phrase, up to its place: "starting college", "start the art course at the college". */
const THE_START = /\b(?:start|starting|begin|beginning|go(?:ing)?\s+(?:in)?to)\s+(?:[\p{L}\p{N}']+\s+){0,6}?(?=(?:in|from|this|next|nxt|the\s+coming|by)\s)/u;

export function opensWithTheStart(text: string): boolean {
  return DOING_THE_START.test(foldCase(text).replace(/'/g, '').trim());
}

/**
 * The time of a step that is the start itself: the words after the start ("in september"), read
 * again. The time as it was when the step is no start, or when nothing is left to read.
 */
export function timeBesideTheStart(step: string, timeframe: Timeframe | null, read: (said: string) => Timeframe | null): Timeframe | null {
  if (!timeframe || !opensWithTheStart(step)) return timeframe;
  const start = THE_START.exec(timeframe.phrase);
  if (!start) return timeframe;
  const rest = timeframe.phrase.slice(start.index + start[0].length).trim();
  const beside = rest ? read(rest) : null;
  return beside && beside.phrase.trim() !== timeframe.phrase.trim() ? beside : timeframe;
}
