import { isBarrier } from './barrier';
import { soundsLikeAStrength } from './aboutMeMisplaced';

/*
 * "im good at maths but reading is really hard": at a question about what is hard, a strength is
 * often said first to soften it. The hard thing is the need; the strength belongs with what people
 * like about them, never inside the need.
 */

/** Where a strength and a hard thing said together part: "but", "though", "although", a full stop. */
const PARTING = /\s*(?:[.;!]+\s*|,?\s+\b(?:but|though|although|however|except|only)\b\s*,?\s*)/i;

export interface StrengthBesideHard {
  strength: string;
  hard: string;
}

/** The strength and the hard thing of one message; null unless it holds exactly one of each. */
export function strengthBesideHard(text: string): StrengthBesideHard | null {
  if (text.length > 240) return null;
  const parts = text.trim().split(PARTING).map((p) => p.trim().replace(/[.!,;]+$/, '')).filter(Boolean);
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  if (soundsLikeAStrength(first) && isBarrier(second) && !isBarrier(first)) return { strength: first, hard: second };
  if (soundsLikeAStrength(second) && isBarrier(first) && !isBarrier(second)) return { strength: second, hard: first };
  return null;
}
