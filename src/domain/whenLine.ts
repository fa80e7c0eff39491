import { longDate } from './dates';

/*
 * An outcome's "by when", as a plan prints it: the person's own time words, read naturally, with
 * the date they resolved to. "by july" reads "By July 2027", "in 6 months" reads "In 6 months (by
 * 2 June 2027)", "by christmas" reads "By Christmas (18 December 2026)". Their words are kept; only
 * capitals, a doubled "by" and the date beside them change.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const MONTH_SHORT: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
/** Words a plan always writes with a capital: months, days, festivals, "Year 11", "Reception". */
const PROPER = /\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|xmas|easter|eid|diwali|divali|ramadan|chinese|lunar|(?<=\b(?:chinese|lunar)\s+)new|(?<=\b(?:chinese|lunar)\s+new\s+)year|reception|year(?=\s+\d)|may(?=\s+(?:20\d\d|half\s+term)\b)|(?<=\b(?:by|before|in|of|until|till|end\s+of)\s+)may\b)/gi;
/** A phrase that already says "by": the date goes beside it in brackets, without a second "by". */
const ENDS_BY = /^(?:by|before|b4|until|till|til|no\s+later\s+than|at\s+the\s+latest\s+by)\b/i;

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The person's phrase tidied for print: spaces, end punctuation, a doubled leading word, capitals. */
function tidyPhrase(phrase: string): string {
  let text = phrase.replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?]+$/, '');
  // "by by july": a doubled first word (a read-back that added "by" to "by july") is said once.
  text = text.replace(/^(\w+)(?:\s+\1\b)+/i, '$1');
  // "yr 11", "y11": a school year is printed as the plan names it, "Year 11".
  text = text.replace(/\b(?:yr|y)\s*(\d{1,2})\b/gi, 'Year $1');
  text = text.replace(PROPER, (word) => (/^year$/i.test(word) ? 'Year' : capitalised(word))).replace(/\bi(?=\s|'|$)/g, 'I');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The month a phrase names on its own ("by july", "end of sept", "in March"), or null. */
function onlyMonthNamed(text: string): number | null {
  const m = /^(?:(?:by|before|in|until|till|for)\s+)?(?:the\s+)?(?:end\s+of\s+)?([a-z]+)$/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const full = MONTHS.indexOf(word as (typeof MONTHS)[number]);
  if (full >= 0) return full;
  return MONTH_SHORT[word] ?? null;
}

/**
 * The "by when" line of an outcome for the plan: the person's phrase with the date it means, never
 * "by by july" nor a lower-case month. `date` is YYYY-MM-DD.
 */
export function whenLine(phrase: string, date: string): string {
  const text = tidyPhrase(phrase);
  const day = longDate(date);
  const [, monthName, year] = day.split(' ');
  if (!text) return `By ${day}`;
  // The phrase already says the year and the month ("by July 2027", "31/07/2027"): nothing to add.
  if (year && text.includes(year) && (monthName ? text.toLowerCase().includes(monthName.toLowerCase().slice(0, 3)) : true)) return text;
  if (/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/.test(text)) return `${text} (${day})`;
  // "by july", "end of July": the month with its year says it all.
  const month = onlyMonthNamed(text);
  if (month !== null && monthName && MONTHS[month] === monthName.toLowerCase()) {
    const named = /^(?:by|before|until|till|in|for)\b/i.test(text) ? text : `By ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    return `${named} ${year}`;
  }
  // "before July" ends on 30 June: it reads as they said it, with the year, "Before July 2027".
  const after = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  if (month !== null && /^(?:before|b4)\b/i.test(text) && after.getUTCMonth() === month && after.getUTCDate() === 1) return `${text} ${after.getUTCFullYear()}`;
  // "End of yr 11": the end of a stage reads as a deadline, "By the end of Year 11 (21 July 2028)".
  const end = /^(?:the\s+)?end\s+of\s+(.+)$/i.exec(text);
  if (end) return `By the end of ${end[1]} (${day})`;
  return ENDS_BY.test(text) ? `${text} (${day})` : `${text} (by ${day})`;
}

/**
 * The "by when" of a step, said in brackets after its words: "by Easter, 25 March 2027",
 * "in 6 months, by 2 June 2027", "by July 2027".
 */
export function whenAside(phrase: string, date: string): string {
  const line = whenLine(phrase, date);
  const dated = /^(.*) \((.+)\)$/.exec(line);
  const text = dated ? `${dated[1]}, ${dated[2]}` : line;
  // "By Easter" reads "by Easter" inside the brackets; a capital that starts a name stays.
  return text.replace(/^(By|Before|In|Until|Till|End|At|When|After|Within)\b/, (w) => w.toLowerCase());
}

/**
 * A "when" line shown after its label ("When", "By when"): a line that starts with the label's last
 * word ("When college starts") is shown "When: when college starts", never "When When college starts".
 */
export function labelledWhen(label: string, line: string): { title: string; value: string } {
  const last = /(\p{L}+)\W*$/u.exec(label)?.[1]?.toLowerCase();
  const first = /^\W*(\p{L}+)/u.exec(line)?.[1]?.toLowerCase();
  if (!last || last !== first) return { title: label, value: line };
  return { title: /:\s*$/.test(label) ? label : `${label.trimEnd()}:`, value: line.charAt(0).toLowerCase() + line.slice(1) };
}
