/* Read before the answer to "do you feel safe?" is searched for harm or fear (safeButHard.ts, safetyAnswers.ts, crowdWorry.ts). */

/**
 * Harm named only to deny it ("college is loud but thats not unsafe", "nobody hurts me", "i'm not
 * scared", "its not like bullying"): those words tell of no harm, so they are taken out before looking for harm or fear.
 * "not safe" is never taken out.
 */
const DENIED_HARM =
  /\b(?:not|never|isnt|arent|wasnt|nothing|no\s+one|nobody|no\s+body|dont\s+feel|do\s+not\s+feel|never\s+feel|not\s+really|isnt\s+really)\s+(?:(?:at\s+all|really|ever|too|that|very|so|in|in\s+any|like)\s+)?(?:unsafe|dangerous|danger|scary|scared|afraid|frightened|frightening|threatening|hurts?\s+(?:me|him|her|us)|hits?\s+(?:me|him|her|us)|bull(?:y|ies)\s+(?:me|him|her|us))\b|\b(?:not|isnt|wasnt|aint)\s+(?:like\s+|really\s+|actually\s+|proper\s+)?(?:bullying|bullied)\b/g;

/** After a denial, someone at home, a body, bed or bathroom, or someone looking, touching or following: it may play that down. */
const DENIAL_DOUBTED =
  /\b(?:mum|mums|mom|moms|mam|mams|dad|dads|step\s*(?:dad|mum|mom)s?|boyfriend|girlfriend|partner|brother|sister|uncle|auntie?|nan|grandad|grandpa|cousin|lodger|at\s+home|body|bed|beds|bedroom|bathroom|shower|toilet|look\w*\s+at|stares?\s+at|staring\s+at|watch\w*\s+me|touch\w*|follow\w*)\b/;
/**
 * Whether the denial is taken at its word. "its not like dangerous, its just annoying when mums boyfriend gets drunk"
 * is not: its words stay. Nor is "not like scary" with nothing after it (what it plays down is not seen); "its not
 * like bullying" is, as ever.
 */
function denialStands(denial: string, after: string): boolean {
  return !DENIAL_DOUBTED.test(after) && (!/\blike\s+(?!bull)/.test(denial) || /[a-z]{2,}/.test(after));
}

export function withoutDeniedHarm(said: string): string {
  // "anxious but that is not the same as unsafe": unsafe said only to deny it.
  return said
    .replace(DENIED_HARM, (denial: string, at: number, whole: string) => (denialStands(denial, whole.slice(at + denial.length)) ? ' ' : denial))
    .replace(UNSAFE_DENIED, ' ');
}

/** "but that is not the same as not safe", "doesnt mean im not safe": being unsafe said only to deny it. */
export const UNSAFE_DENIED = /\b(?:(?:that|it|this)\s+)?(?:is\s+not|isnt|s\s+not|doesnt|does\s+not|dont|do\s+not)\s+(?:the\s+same\s+as|mean|make\s+it|make\s+me)\s+(?:(?:im|i\s+am|i\s+m|i\s+feel|feeling|being|it\s+is|its)\s+)?(?:not\s+safe|unsafe|dangerous)\b|\b(?:does|do|would|will|is|could)\s+(?:that|it|this|a\s+loud\s+place|noise)\s+(?:count|counts|be\s+counted|be|mean)\s+(?:as\s+)?(?:being\s+)?(?:not\s+safe|unsafe)\b/g;
/** "Does that count as not safe?": the question asks what "not safe" means; it tells of no harm. */
export const ASKS_IF_UNSAFE = /\b(?:does|do|would|will|is|could)\s+(?:that|it|this|a\s+loud\s+place|noise)\s+(?:count|counts|be\s+counted|be|mean)\s+(?:as\s+)?(?:being\s+)?(?:not\s+safe|unsafe)\b/;
