import { TypoLexicon } from './fuzzy';

/*
 * People in a life, spelt as typed: "a boyfrend", "a girlfreind", "a partnr". Long words only, one
 * slip away, so that a hope for someone to love is never read as help asked for because of a typo.
 * "career" is not among them: "a careers adviser" is help, and one slip from it.
 */

const PEOPLE_IN_A_LIFE = ['boyfriend', 'girlfriend', 'partner', 'husband', 'friends', 'family', 'kitten', 'puppy'] as const;
const SPELT = new TypoLexicon(PEOPLE_IN_A_LIFE.map((word) => [word, word] as const), 6);

/** "boy friend" and "girl friend" said as two words, "bf" and "gf" as typed. */
const TWO_WORDS = /\b(boy|girl)\s+(?:friend|frend|freind)\b/g;
const SHORT = /\b(?:bf)\b/g;
const SHORT_GIRL = /\b(?:gf)\b/g;

/** The text with each life word spelt as the word it was meant to be; other words untouched. */
export function lifeThingsSpelt(lower: string): string {
  const joined = lower.replace(TWO_WORDS, '$1friend').replace(SHORT, 'boyfriend').replace(SHORT_GIRL, 'girlfriend');
  return joined.replace(/[a-z]{5,}/g, (word) => SPELT.get(word) ?? word);
}
