/*
 * Aids a person needs taken off them or kept from them ("nursery take out his hearing aids and put in
 * box", "they take her glasses off at school", "school wont let him use his talker"): a need to put
 * in the plan (access to the aids through the day), not harm. Hurt, fear, locking in or being left
 * beside it is never this: the concern readings decide then.
 */

const AIDS =
  /\b(?:hearing\s+aids?|aids|cochlear\s+implants?|implants?|processors?|glasses|specs|wheel\s*chair|walker|walking\s+frame|frame|splints?|talker|communication\s+(?:device|book|aid)|aac|ipad|tablet|pecs|ear\s*defenders|radio\s+aid|fm\s+system)\b/;
/** Taken off, out or away, put away, or not let to use: said in plain or second-language words ("take out", "put in box"). */
const TAKEN =
  /\b(?:tak\w*|took)\s+(?:out|off|away)\b|\b(?:tak\w*|took)\s+(?:\w+\s+){1,4}(?:out|off|away)\b|\bput\w*\s+(?:\w+\s+){0,3}(?:in|into|inside)\s+(?:a\s+|the\s+)?(?:box|drawer|bag|cupboard|tray)\b|\b(?:not|dont|doesnt|wont|never)\s+(?:let|allow)\w*\s+(?:\w+\s+){0,2}(?:use|wear|have|keep)\b|\bconfiscat\w*/;
/** Harm, fear or being shut in or left beside it: the safeguarding readings decide. */
const HARM_BESIDE =
  /\b(?:hit\w*|hurt\w*|smack\w*|slap\w*|kick\w*|punch\w*|grab\w*|bruis\w*|lock\w*|shut\s+(?:\w+\s+)?in|tie\w*|tied|strap\w*|scared|afraid|frighten\w*|cry\w*|scream\w*|shout\w*|punish\w*|nappy|nappies|left\s+(?:him|her|them|me)\b|leave\s+(?:him|her|them|me)\b|touch\w*|starv\w*|hungry|food|dirty|on\s+purpose|as\s+a\s+punishment)\b/;

/** The words tell of aids taken off or kept from the person, with no harm or fear beside them. */
export function saysAidsTakenAway(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  return AIDS.test(t) && TAKEN.test(t) && !HARM_BESIDE.test(t);
}
