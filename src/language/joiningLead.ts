/*
 * "but sometimes i fall out with ppl", "and also he hates loud rooms": a part cut from a longer
 * message keeps the word that joined it to the rest. Kept and read back alone, that word says
 * nothing, so it goes; a message that is only the joining word stays as typed.
 */
const JOINING_LEAD = /^(?:[-–—:,.;]\s*)*(?:(?:but|and|also|plus|an|n)\b[\s,]*)+/i;

/** The words without a leading "but", "and", "also" or "plus". */
export function withoutJoiningLead(text: string): string {
  const rest = text.trim().replace(JOINING_LEAD, '').trim();
  return /\p{L}{2}/u.test(rest) ? rest : text.trim();
}
