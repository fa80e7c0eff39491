/*
 * The words of harm and fear that every "is this only a good thing / only a hard thing?" reader
 * checks before it sets a message aside (safeButHard.ts, hopedBenefit.ts). One list, so a word
 * added for one reader cannot be missing from the other. Each reader adds its own words beside it.
 */

/** Fear or being unsafe, said outright. */
export const FEAR_WORDS = String.raw`not\s+safe|unsafe|scared|scary|scares?|afraid|frightened|terrified|petrified`;

/** Harm, threat or secrecy, as stems: "hurt" covers "hurts", "hurting". */
export const HARM_WORDS = String.raw`danger\w*|hurt\w*|kick\w*|punch\w*|slap\w*|shout\w*|yell\w*|touch\w*|threat\w*|abus\w*|secret`;
