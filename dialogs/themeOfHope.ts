import type { ThemeId } from '../src/domain/draft';

/*
 * STAND-IN until `analyseStatement(text, context).theme` is exported by src/language: a few
 * keywords per theme, enough for the dialogs to run. Replace the body with
 *   return analyseStatement(text, context).theme;
 */
const KEYWORDS: readonly [ThemeId, RegExp][] = [
  ['learning_and_work', /\b(job|work|college|school|university|learn|read|write|maths|exam|career|vet|teacher|apprenticeship)\w*/i],
  ['independent_living', /\b(own flat|my own|on my own|by myself|by (?:him|her|them)sel(?:f|ves)|cook|bus|train|travel|money|shopping|drive|driving|dress|live)\w*/i],
  ['friends_and_community', /\b(friend|club|party|parties|family|community|team|group|youth|cinema|go out|going out)\w*/i],
  ['health_and_wellbeing', /\b(health|healthy|happy|calm|sleep|eat|fit|swim|exercise|anxious|worry|worried|pain|doctor|feel)\w*/i],
];

export function themeOfHope(text: string, _context: { today: string; schoolYear?: number }): ThemeId | null {
  return KEYWORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
