import { normaliseMessage } from './text';

/*
 * "stay in my flat", "i live in my own flat": what a person says they already have. An example
 * ("I could move into my own place") never offers them what they have.
 */

export type Having = 'home' | 'job';

/** What they say they have: "stay in my flat", "i live in my own house", "keep my job", "i work at tesco". */
const HAS: Readonly<Record<Having, RegExp>> = {
  home: /\b(?:(?:stay|staying|keep|keeping|still\s+live|still\s+living|(?:i|we|he|she)\s+(?:live|lives|still live)|(?:im|i am|were|we are|hes|shes)\s+(?:living|staying))\s+(?:on\s+my\s+own\s+)?in\s+(?:my|our|his|her|their)\s+(?:own\s+)?(?:flat|house|home|place|bungalow|bedsit|apartment)|(?:i\s+have|ive\s+got|i\s+rent|i\s+got)\s+(?:my\s+own|a|my)\s+(?:flat|house|place|bungalow|bedsit|apartment))\b/,
  job: /\b(?:keep|keeping|stay in|staying in)\s+my\s+(?:job|work)|\bi\s+(?:have|ve got|got)\s+a\s+(?:job|part time job|paid job)|\bi\s+work\s+(?:at|in|for)\b/,
};

/** What an example offers: a home of their own, a job. */
const OFFERS: Readonly<Record<Having, RegExp>> = {
  home: /\b(?:own\s+(?:place|flat|house|home)|move\s+(?:out|into|in))\b/,
  job: /\b(?:(?:saturday|paid|part time)\s+job|get\s+a\s+job)\b/,
};

/** What the texts say the person already has. */
export function alreadyHas(texts: readonly string[]): Set<Having> {
  const said = texts.map((t) => normaliseMessage(t)).join(' . ');
  return new Set((Object.keys(HAS) as Having[]).filter((having) => HAS[having].test(said)));
}

/** Whether an example offers something in the set: a home to someone who lives in their flat. */
export function offersWhatTheyHave(example: string, has: ReadonlySet<Having>): boolean {
  const words = normaliseMessage(example);
  return [...has].some((having) => OFFERS[having].test(words));
}
