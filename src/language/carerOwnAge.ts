import { foldCase } from './text';

/*
 * "Ha no I am 68!", typed by a grandparent at "How old is Lily?": the carer's own age, which no child
 * in the plan's range (0 to 25) can be. Only "I am" with an adult's age and no other number, so
 * "she is 7" or "I am 68 and she is 7" are still read as the child's age.
 */

const OWN_AGE = /\b(?:i\s+am|im|i\s+m)\s+(?:actually\s+|only\s+|nearly\s+|almost\s+|just\s+)?(\d{2,3})\b(?!\s*(?:months?|weeks?)\b)/;

/** The carer's own age, when that is all the number in the message says; undefined otherwise. */
export function carerOwnAge(text: string): number | undefined {
  const folded = foldCase(text).replace(/'/g, ' ').replace(/’/g, ' ');
  const match = OWN_AGE.exec(folded);
  if (!match) return undefined;
  const age = Number(match[1]);
  if (age < 26 || age > 110) return undefined;
  const otherNumbers = (folded.match(/\d+/g) ?? []).length > 1 || /\b(?:year|yr)\s*\d/.test(folded);
  return otherNumbers ? undefined : age;
}
