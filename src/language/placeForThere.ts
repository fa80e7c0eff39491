import { placeSaid } from './wordsToSwap';

/*
 * "do work experience there 2 days a week", for the hope "work at the garden centre": "there" is the
 * place the hope names, so the sentence read back for others says it ("at the garden centre").
 * The read-back is a suggestion the person confirms or changes; "there is", "there are" and a hope
 * with no place are left as they are.
 */

/** The place a hope names at its end: "work at the garden centre", "live in my own flat". */
const HOPE_PLACE = /\b(at|in)\s+((?:the|a|an|my|his|her|their)\s+[a-z'-]+(?:\s+[a-z'-]+){0,2})$/i;
/** A bare "there" standing for a place; not "there is", "there are", "over there". */
const THERE = /\bthere\b(?!\s*(?:is|are|was|were|will\s+be|'s|'re|isnt|arent|isn't|aren't)\b)/i;

/** The step with "there" read as the hope's place; the step as it was when no place can be read. */
export function withHopesPlace(step: string, hope: string): string {
  const [, at, place] = HOPE_PLACE.exec(hope.trim().replace(/[.!?\s]+$/, '')) ?? [];
  const found = THERE.exec(step);
  if (!place || !found || /\bover\s+$/i.test(step.slice(0, found.index))) return step;
  return `${step.slice(0, found.index)}${placeSaid(step.slice(0, found.index), place, at?.toLowerCase())}${step.slice(found.index + found[0].length)}`.replace(/\s{2,}/g, ' ');
}
