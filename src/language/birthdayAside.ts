/*
 * "by the end of year 7? or wen im 12. my birthday is in march" at "by when?": the school-year end
 * said first is the time. The birthday month and the age said after it are talk about it, never the
 * date ("by my birthday in march" alone is still March).
 */

/** "my birthday is in march", "my bday's in march": when the birthday is, said as a remark. */
const BIRTHDAY_REMARK = /^(?:and\s+|cos\s+|because\s+)?(?:my|his|her|their)\s+(?:birthday|bday|b-day|birfday)\s*(?:is|s|'s)?\s+(?:in\s+)?[a-z]+(?:\s+lol)?$/i;
/** "or wen im 12", "or when i'm 12": another time offered after the first. */
const OR_AN_AGE = /^or\s+(?:when|wen|wn)\s+(?:i'?m|im|i\s+am|he'?s|hes|she'?s|shes)\s+\d{1,2}(?:\s+lol)?$/i;
/** "end of year 7", "by year 7": a school year named. */
const SCHOOL_YEAR_END = /\b(?:end\s+of\s+)?(?:year|yr)\s*\d{1,2}\b/i;

/** The message without the birthday and age remarks, when a school year is named before them; else as typed. */
export function withoutBirthdayAside(text: string): string {
  if (text.length > 200) return text;
  const pieces = text.split(/(?<=[.?!])\s+/).map((p) => p.trim()).filter(Boolean);
  const plain = (p: string) => p.replace(/[.?!]+$/, '').replace(/[’‘`]/g, "'").trim();
  const kept = pieces.filter((p) => !BIRTHDAY_REMARK.test(plain(p)) && !OR_AN_AGE.test(plain(p)));
  if (kept.length === pieces.length || kept.length === 0 || !kept.every((p) => SCHOOL_YEAR_END.test(p))) return text;
  return kept.join(' ').replace(/\?+$/, '').trim();
}
