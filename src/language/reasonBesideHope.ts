/*
 * "Lily wants to join Brownies, her cousin Amy goes and Lily really wants to go too": someone else
 * who already does it is the reason for the hope, and "to go too" leans on it. Neither is a hope of
 * its own, so the message is never cut there.
 */

const OTHERS = String.raw`(?:cousins?|friends?|best\s+friends?|brothers?|sisters?|siblings?|mates?|class\s*mates?|neighbours?|pals?)`;
/** "her cousin Amy goes", "his mates go", "her sister does it", "because her friend goes": another person already doing it. */
const SOMEONE_ELSE_DOES_IT = new RegExp(
  String.raw`^(?:(?:because|cos|coz|cause|as|since)\s+)?(?:all\s+)?(?:her|his|their|my|our)\s+(?:(?:big|little|older|younger|best|other)\s+)?${OTHERS}(?:\s+\p{L}+)?\s+(?:all\s+|already\s+|also\s+)?(?:goes|go|do|does|is\s+(?:in\s+it|there|going)|are\s+(?:in\s+it|there|going)|attends?|plays?)(?:\s+(?:it|there|to\s+it))?\b`,
  'iu',
);

/** True for a clause that gives another person's doing as the reason: "her cousin Amy goes ...". */
export function reasonOfOthersDoing(clause: string): boolean {
  return SOMEONE_ELSE_DOES_IT.test(clause.trim());
}

/** "Lily really wants to go too", "to go as well", "she wants to do it too": the same hope again, leaning on the one before. */
const SAME_AGAIN = /^(?:(?:\p{L}+\s+)?(?:(?:really|also|just)\s+)*(?:wants?|would\s+(?:like|love)|wanna)\s+)?(?:to\s+)?(?:go|come|join(?:\s+in)?|do\s+(?:it|that|the\s+same)|have\s+a\s+go)\s+(?:too|as\s+well)[\s.!]*$/iu;

export function leansOnHopeBefore(part: string): boolean {
  return SAME_AGAIN.test(part.trim());
}
