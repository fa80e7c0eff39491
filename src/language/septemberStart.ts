/**
 * "before he starts school in September", "starts Reception next September": a time before a
 * school or college year starting in September. "start swimming lessons in September" is the
 * start itself.
 */
const SEPTEMBER_START =
  /\b(?:before|by\s+the\s+time|ready\s+for\s+when|until)\b.*\bstart(?:s|ing)?\b.*\b(?:sept|september)\b|\bstart(?:s|ing)?\s+(?:at\s+)?(?:reception|school|nursery|year\s+\d+|secondary|primary|juniors|college|uni|university|sixth\s+form)\b.*\b(?:sept|september)\b/;

const SUMMER_NAMED = /\b(?:by|before|in|over|end\s+of)\s+(?:the\s+)?summer\b(?!\s+holidays?)|\bjuly\b/;

/**
 * "Before he starts school in September": by the end of the summer before it (31 August), not the
 * end of the summer term, nor September itself.
 */
export function beforeASeptemberStart(text: string, date: string): string {
  // "By the summer, before she starts Reception in September": the summer named is the end of the summer term (July).
  if (!SEPTEMBER_START.test(text) || SUMMER_NAMED.test(text)) return date;
  const [year, month] = date.split('-').map(Number);
  return year && (month === 7 || month === 9) ? `${year}-08-31` : date;
}
