/*
 * A list of outcomes to pick from is hard to scan when each one starts with its time ("In a year
 * (by December 2027), I will ..."): every line looks the same at the start. In such lists the
 * "I will ..." part comes first and the time, shortened, after it: "I will get a job in a shop
 * (December 2027)". The outcome's own words in the plan never change.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "In a year (by December 2027), I will ...", "By July 2027, Maisie will ...": the time, then who will do what. */
const TIME_FIRST = /^((?:in|by|within|before|after|at|over|when|during|from|this|next|end|at\s+the\s+end)\b[^,]{1,80}),\s+((?:i|[\p{Lu}][\p{L}'-]*|he|she|they)\s+will\b.+)$/iu;
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS.join('|')})\s+(20\d\d)\b`, 'i');

/** The time said short: "December 2027" from "In a year (by December 2027)", else the time's own words. */
function shortTime(time: string): string {
  const found = MONTH_YEAR.exec(time);
  if (!found) return time.replace(/^./, (c) => c.toLowerCase());
  const month = found[1]!.toLowerCase();
  return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${found[2]}`;
}

/** The outcome with "I will ..." first and its time after, shortened; as it is when it does not start with a time. */
export function willFirst(statement: string): { will: string; time?: string } {
  const said = statement.trim().replace(/[.!]+$/, '');
  const found = TIME_FIRST.exec(said);
  if (!found) return { will: said };
  return { will: found[2]!.replace(/^i\b/, 'I'), time: shortTime(found[1]!) };
}

/** A button's words: "I will ..." cut to `chars`, then its time in brackets (never cut: it tells goals apart). */
export function willFirstLabel(statement: string, chars: number): string {
  const { will, time } = willFirst(statement);
  return `${will.length <= chars ? will : `${will.slice(0, chars - 1).trimEnd()}…`}${time ? ` (${time})` : ''}`;
}
