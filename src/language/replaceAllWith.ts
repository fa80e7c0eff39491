import { TAKE_OUT_VERB } from './takeOutVerbs';

/*
 * "those are all wrong. there is only one hope. delete all three and put: i want to work with animals":
 * the things just kept are taken out and the words given kept in their place, after one yes. The
 * words are kept as typed; how many is said by a number, "both" or "all".
 */

export interface ReplaceAll {
  /** How many of the things just kept; null for "all" of them. */
  count: number | null;
  /** The words to keep instead, as typed. */
  text: string;
}

const COUNTS: Readonly<Record<string, number>> = { two: 2, '2': 2, both: 2, three: 3, '3': 3, four: 4, '4': 4, five: 5, '5': 5 };
const COUNT = '(two|2|three|3|four|4|five|5)';

/** "delete all three", "remove them all", "take out both", "delete those two": which, then "and put: ...". */
const REPLACE_ALL = new RegExp(
  String.raw`(?:^|[.!?;]\s+)(?:(?:please|pls|just|so|and|now|can\s+(?:you|u))\s+)*${TAKE_OUT_VERB}\s+(?:(?:them\s+)?all(?:\s+of\s+(?:them|those|these|the\s+hopes))?(?:\s+${COUNT})?(?:\s+(?:of\s+them|hopes|things))?|them\s+all|(both)(?:\s+of\s+them)?|(?:the|those|these)\s+${COUNT}(?:\s+(?:hopes|things))?)[\s,]+(?:and|then)\s+(?:just\s+|only\s+)?(?:put|write|keep|add|make\s+it(?:\s+say)?)(?:\s+in)?\s*[:\-]?\s*(.+)$`,
  'i',
);

/** The words to keep in place of the things just kept, or null when the message asks no such thing. */
export function readReplaceAll(text: string): ReplaceAll | null {
  if (text.length > 600) return null;
  const found = REPLACE_ALL.exec(text.trim());
  if (!found) return null;
  const words = found[4]!.replace(/^["'“‘]+|["'”’.!\s]+$/g, '').trim();
  if (!/\p{L}{2,}/u.test(words)) return null;
  const said = (found[1] ?? found[2] ?? found[3])?.toLowerCase();
  return { count: said ? (COUNTS[said] ?? null) : null, text: words };
}
