import { isBarrier } from './barrier';
import { partsOfHope, saysSeveralHopes } from './hopeParts';

/*
 * "hang on potty and friends is 2 different things", typed at a needs question after two hopes were
 * kept as one: a remark about the hope, never a hard thing or help. A hard thing that happens to say
 * "different things" ("she gets upset by different things") stays an answer.
 */

/** The most words such a remark takes: longer messages tell of something hard. */
const MOST_WORDS = 12;

export function saysHopeIsSeveral(text: string): boolean {
  return text.trim().split(/\s+/).length <= MOST_WORDS && saysSeveralHopes(text) && !isBarrier(text);
}

/** The hopes one kept hope holds; cut at its one "and" when nothing finer is found ("potty trained and have friends"). */
export function hopesHeldIn(text: string): string[] {
  const parts = partsOfHope(text);
  if (parts.length > 1) return parts;
  const halves = text.split(/\s+(?:and|&|\+)\s+/i).map((s) => s.trim());
  return halves.length === 2 && halves.every(Boolean) ? halves : [];
}
