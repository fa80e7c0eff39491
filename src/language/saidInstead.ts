/*
 * "no, not future. i say footballer. or bus driver": at the question after a hope was read back, the
 * hope kept is said to be wrong ("no, not ...") and the words they meant are said after "i say".
 * Only with the "no" first: "not sure, i said a vet" is no correction.
 */

/** "no, not future.", "no not that,": the words kept are not what they meant. */
const NO_NOT_THAT = /^(?:no|nope|nah)[\s,.!]+not\s+(?!sure\b|really\b|yet\b|now\b|any\s*more\b|more\b|at\s+all\b)[^.?!,;]{1,40}[.!,;]\s*/i;
/** "i say footballer", "i said be a vet", "i mean a chef": the words they meant. */
const I_SAY = /^(?:(?:but|so)[\s,]+)?i\s+(?:say|said|says|mean|meant|told\s+you)\b[\s:,-]*(.+)$/is;

/** The words meant instead of the hope just kept; null when the message does not say so. */
export function saidInstead(text: string): string | null {
  const lead = NO_NOT_THAT.exec(text.trim());
  if (!lead) return null;
  const meant = I_SAY.exec(text.trim().slice(lead[0].length))?.[1]?.trim();
  return meant && /\p{L}{2,}/u.test(meant) ? meant : null;
}
