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
/** "care work", "bar work": a kind of work named by its field, a job as much as "a carer" is. */
const WORK_KIND = String.raw`(?:care|youth|social|bar|shop|office|building|farm|animal|kitchen|warehouse|retail|factory)\s+work`;
const SIDE = new RegExp(String.raw`^(${LEAD})?((?:(?:an?|the)\s+)?(?:[a-z]+\s+)?${JOBS}s?${LIKE_SOMEONE}|(?:do\s+|doing\s+|some\s+)?${WORK_KIND})$`, 'i');
/** "or", "or maybe", ". or else", ", or even": where the second job starts. */
const OR = /\s*[.,]?\s+or\s+(?:(?:maybe|perhaps|else|even|possibly)\s+)?/i;

/**
 * "if not", "if i cant", "if that dont work", "instead": the second job is the one if the first does not
 * happen. It is still a hope of its own; the fallback words are how it came, never part of the job.
 */
const FALLBACK = /[\s,]+(?:if\s+(?:not|i\s+(?:cant|can'?t|cannot|can\s+not|dont|don'?t|do\s+not)(?:\s+\S+){0,3}|(?:that|it|this|the\s+first(?:\s+one)?)\s+(?:dont|don'?t|doesnt|doesn'?t|does\s+not|do\s+not)\s+(?:work(?:\s+out)?|happen)|it\s+(?:fails|falls\s+through))|instead|as\s+a\s+back\s*up|as\s+plan\s+b)[\s.!]*$/i;

/** The words without a fallback said after the second job ("or a mechanic if not"). */
export function withoutFallback(text: string): string {
  return text.replace(FALLBACK, '');
}

/** The two jobs as two hopes, in the person's words; null when the words are not two jobs joined by "or". */
export function jobAlternatives(text: string): string[] | null {
  const sides = withoutFallback(text.trim().replace(/[.!\s]+$/, '')).split(OR);
  if (sides.length !== 2) return null;
  const [first, second] = sides.map((side) => SIDE.exec(side.trim().replace(/[\u2018\u2019]/g, "'")));
  if (!first || !second) return null;
  // "be a footballer. or a chef": the second job is something to be too, as the first one says.
  const verb = first[1] ? /\b(be|become|b)\s+$/i.exec(first[1])![1]! : '';
  // "be a nurse or care work": a kind of work is never something to be.
  const secondLead = second[1] ?? (verb && !/\bwork$/i.test(second[2]!) ? `${verb} ` : '');
  return [`${first[1] ?? ''}${first[2]}`.trim(), `${secondLead}${second[2]}`.trim()];
}

/** The piece cut into its job alternatives, or kept whole. */
export function withJobAlternativesApart(piece: string): string[] {
  return jobAlternatives(piece) ?? [piece];
}

/** "or a mechanic if not", "or maybe a gamer": a sentence that is only "or" and a job, said after a hope. */
const OR_JOB = new RegExp(String.raw`^\W*or\s+(?:(?:else|even)\s+|((?:maybe|perhaps|possibly)\s+))?(${LEAD})?((?:(?:an?|the)\s+)?(?:[a-z]+\s+)?${JOBS}s?|(?:do\s+|doing\s+|some\s+)?${WORK_KIND})$`, 'i');

/**
 * "be a footballer. play for villa. or a mechanic if not": the job after "or", said as a sentence of its
 * own, is a second hope; it is something to be when the hope before it was ("be a mechanic"). Null when
 * the sentence is not "or" and a job.
 */
export function jobAfterOr(before: string, sentence: string): string | null {
  const said = OR_JOB.exec(withoutFallback(sentence.trim().replace(/[.!\s]+$/, '')).replace(/[\u2018\u2019]/g, "'"));
  if (!said) return null;
  const verb = /^\W*(?:i\s+(?:want|wanna|would\s+like|'?d\s+like)\s+(?:to\s+)?)?(be|become|b)\s+/i.exec(before)?.[1];
  // "or maybe a vet": the person's own doubt stays with the hope, as typed.
  const hedge = said[1] ?? '';
  const lead = said[2] ?? (verb && !hedge && /^(?:an?|the)\s/i.test(said[3]!) ? `${verb} ` : '');
  return `${hedge}${lead}${said[3]}`.trim();
}
