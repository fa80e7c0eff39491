import { JOBS } from './jobNamed';

/*
 * "be a footballer. or a chef", "footballer or chef", "a chef or maybe a mechanic": two jobs named
 * as either-or are two hopes, each with its own needs and goals; the person has not chosen yet.
 * Only jobs are read this way: "live on my own or with friends" is one hope with two ways of it.
 */

/** "i want to be", "be", "become": the words before a job that make it something to be. */
const LEAD = String.raw`(?:(?:i\s+)?(?:want|wanna|would\s+like|'?d\s+like|hope)\s+(?:to\s+)?)?(?:be|become|b)\s+`;
/** One side of the either-or: a job, with its "be a" and one word about it ("a pastry chef"). */
/** "like my tata, he drive number 42": who the job is like, kept with it in their words. */
const LIKE_SOMEONE = String.raw`(?:,?\s+like\s+(?:(?:my|his|her|their|our)\s+)?\S.*)?`;
const SIDE = new RegExp(String.raw`^(${LEAD})?((?:(?:an?|the)\s+)?(?:[a-z]+\s+)?${JOBS}s?${LIKE_SOMEONE})$`, 'i');
/** "or", "or maybe", ". or else", ", or even": where the second job starts. */
const OR = /\s*[.,]?\s+or\s+(?:(?:maybe|perhaps|else|even|possibly)\s+)?/i;

/** The two jobs as two hopes, in the person's words; null when the words are not two jobs joined by "or". */
export function jobAlternatives(text: string): string[] | null {
  const sides = text.trim().replace(/[.!\s]+$/, '').split(OR);
  if (sides.length !== 2) return null;
  const [first, second] = sides.map((side) => SIDE.exec(side.trim().replace(/[\u2018\u2019]/g, "'")));
  if (!first || !second) return null;
  // "be a footballer. or a chef": the second job is something to be too, as the first one says.
  const verb = first[1] ? /\b(be|become|b)\s+$/i.exec(first[1])![1]! : '';
  const secondLead = second[1] ?? (verb ? `${verb} ` : '');
  return [`${first[1] ?? ''}${first[2]}`.trim(), `${secondLead}${second[2]}`.trim()];
}

/** The piece cut into its job alternatives, or kept whole. */
export function withJobAlternativesApart(piece: string): string[] {
  return jobAlternatives(piece) ?? [piece];
}
