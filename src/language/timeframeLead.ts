import { monthAndYear } from '../domain/dates';
import type { Timeframe } from './timeframe';
import { spellTimeWords } from './whenSpelling';
import { withoutFillers } from './whenFillers';

/*
 * How an outcome's time is said at the start of its sentence: the person's own phrase, spelled
 * right, then (whenever the phrase alone does not say the year) the month and year it ends in, in
 * brackets. One form everywhere: "By next summer (July 2027)", "By Christmas (December 2026)"; a
 * time that is no deadline of its own is led by its date, their words beside it: "By June 2027 (in 6
 * months)", "By December 2027 (when she's 5)"; a phrase that names the month
 * needs only the year ("By July 2027"). A phrase that names a year or a school year is complete as
 * it is: "By the end of Year 9", "By July 2028".
 */

const PROPER = /\b(christmas|xmas|easter|halloween|ramadan|eid|diwali|hanukkah|shrove|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const ANCHORED = /\b(?:20\d\d|year\s*\d{1,2}|yr\s*\d{1,2}|y\d{1,2}|key\s*stage|ks\s*\d)\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;
/** A bare span of time ("a year", "6 months", "2 or 3 years") counts from today: "In a year (by December 2027)". */
const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+couple\\s+of|a\\s+few|\\d+(?:\\.\\d+)?)';
const SPAN = new RegExp(`^${COUNT}(?:\\s*(?:or|to|-|\u2013)\\s*${COUNT})?\\s+(?:and\\s+a\\s+half\\s+)?(?:years?|yrs?|months?|weeks?|days?)\\b`, 'i');
/** Words that join a time to its date said again: "end of year 7 so july 2028", "by year 9 which is 2029". */
const SAID_AGAIN = String.raw`(?:so|ie|i\.e\.|aka|which\s+(?:is|will\s+be|would\s+be)|that\s+(?:is|will\s+be|would\s+be)|that'?s|thats)`;
/** Between a time and its date: a mark ("end of year 5. july 2028") or a joining word ("end of year 7 so july 2028"). */
const BETWEEN = String.raw`(?:\s*[.,;:\u2013-]\s*\(?(?:(?:by|in|${SAID_AGAIN})\s+)*|\s+${SAID_AGAIN}\s+(?:(?:by|in)\s+)?)`;
/** A time, then the month and year said beside it: "end of year 5. july 2028", "end of this school year, july 2027". */
const MONTH_YEAR_BESIDE = new RegExp(String.raw`^(.+?)${BETWEEN}((?:january|february|march|april|may|june|july|august|september|october|november|december)\s+20\d\d)\)?$`, 'i');
/** A time, then only the year it falls in: "by year 9 which is 2029". */
const YEAR_BESIDE = new RegExp(String.raw`^(.+?)${BETWEEN}(20\d\d)\)?$`, 'i');
/** "hopefully", "ideally", "or so", "please": how sure they are, kept in their phrase but not in the outcome sentence. */
const HEDGE = /(?:^|[\s,]+)(?:hopefully|hopefuly|ideally|idealy|maybe|perhaps|or\s+so|please|pls|plz|if\s+possible|if\s+i\s+can|i\s+hope|fingers\s+crossed)(?=[\s,.!?]|$)/gi;

function withoutHedges(phrase: string): string {
  const kept = phrase.replace(HEDGE, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:-]+|[\s,;:.!?-]+$/g, '').trim();
  return kept || phrase;
}
/** "As soon as possible", "Straight away": no date of its own, so no month is put beside it. */
const AS_SOON_AS_THEY_CAN = /^(?:as\s+soon\s+as\s+(?:possible|i\s+can|we\s+can)|straight\s+away|right\s+away|(?:right\s+)?now|immediately)$/i;
const LEADING_WORD = /^(?:as\s+soon\s+as|by|before|until|till|when|once|at|during|for|over|in|within|after|from)\b/i;

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Capitals where English has them: months, days, feasts, "I", "Year 9". */
function tidy(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:-]+|[\s,;:.!?-]+$/g, '')
    .replace(PROPER, (word) => upperFirst(word.toLowerCase()))
    .replace(/\bxmas\b/gi, 'Christmas')
    .replace(/\bmothers?'?s?\s+day\b/gi, "Mother's Day")
    .replace(/\bfathers?'?s?\s+day\b/gi, "Father's Day")
    .replace(/\bvalentines?'?s?\s+day\b/gi, "Valentine's Day")
    .replace(/\bpancake\s+day\b/gi, 'Pancake Day')
    .replace(/\bbonfire\s+ni(?:ght|te)\b/gi, 'Bonfire Night')
    .replace(/\bi\b/g, 'I')
    .replace(/\bim\b/gi, "I'm")
    .replace(/\bi'(m|ll|d|ve)\b/gi, (_m, rest: string) => `I'${rest.toLowerCase()}`)
    .replace(/\b(?:year|yr)\s*(\d{1,2})\b/gi, 'Year $1')
    // "this yr", "b4 xmas", "2moro": shorthand read back in everyday spelling; the phrase itself is kept as typed.
    .replace(/\byrs\b/gi, 'years')
    .replace(/\byr\b/gi, 'year')
    .replace(/\bb4\b/gi, 'before')
    .replace(/\b(?:2moro|2morrow|tmrw|tmoz)\b/gi, 'tomorrow')
    .replace(/\b2day\b/gi, 'today')
    .replace(/\bnxt\b/gi, 'next')
    .replace(/\bwks?\b/gi, (w) => (w.length > 2 ? 'weeks' : 'week'))
    .replace(/\b(?:mnth|mth)(s?)\b/gi, 'month$1');
}

/** "starts Reception next September" leads as "Before starting Reception next September". */
function startLead(phrase: string): string | undefined {
  if (/^(?:he|she|they|i|we)\s+(?:starts?|goes|go|moves?)\b/i.test(phrase)) return `By the time ${phrase}`;
  const verb = /^(start|starts|starting|goes|going|moves|moving)\b\s*/i.exec(phrase);
  if (!verb) return undefined;
  const ing = /^go/i.test(verb[1] ?? '') ? 'going' : /^mov/i.test(verb[1] ?? '') ? 'moving' : 'starting';
  return `Before ${ing} ${phrase.slice(verb[0].length)}`;
}

/** Their phrase leads the sentence, with the month and year it means: "By next summer (July 2027)". */
export function timeframeLead(timeframe: Timeframe): string {
  // "end of year 5. july 2028": their time leads, and the month and year said beside it go in brackets.
  // A date said again that is not the date read ("end of year 7 so july 2029") is left as they typed it.
  const said = timeframe.phrase.trim().replace(/[\s.!,;]+$/, '');
  const beside = MONTH_YEAR_BESIDE.exec(said);
  if (beside?.[1] && /[a-z]/i.test(beside[1]) && tidy(beside[2]!).toLowerCase() === monthAndYear(timeframe.date).toLowerCase()) {
    const lead = timeframeLead({ ...timeframe, phrase: beside[1] }).replace(/\s*\([^)]*\)$/, '');
    return `${lead} (${tidy(beside[2]!)})`;
  }
  // "by year 9 which is 2029": the year said again adds nothing to the school year, so it is said once.
  const yearSaid = YEAR_BESIDE.exec(said);
  if (yearSaid?.[1] && ANCHORED.test(yearSaid[1]) && yearSaid[2] === timeframe.date.slice(0, 4)) return timeframeLead({ ...timeframe, phrase: yearSaid[1] });
  // "Until next September" leads as "By next September": the outcome is done by then, not until then.
  const phrase = tidy(spellTimeWords(withoutHedges(withoutFillers(timeframe.phrase)))).replace(/^(?:until|untill|till|til)\b/i, 'by');
  const led = startLead(phrase) ?? (SPAN.test(phrase) ? `In ${phrase}` : LEADING_WORD.test(phrase) ? upperFirst(phrase) : /^(?:the\s+)?end\s+of\b/i.test(phrase) ? `By ${phrase.replace(/^(?:the\s+)?end/i, 'the end')}` : `By ${phrase}`);
  if (ANCHORED.test(phrase) || AS_SOON_AS_THEY_CAN.test(phrase)) return led;
  // "before July" ends the day before the month it names: the year is that month's, "Before July 2027".
  // "before I finish college in July" ends in July itself: the month the date is in.
  const own = monthAndYear(timeframe.date);
  const following = /^before\b/i.test(phrase) ? monthAndYear(dayAfter(timeframe.date)) : own;
  const when = [following, own].find((named) => new RegExp(`\\b${named.split(' ')[0]}$`, 'i').test(phrase)) ?? own;
  const [month = '', year = ''] = when.split(' ');
  // A phrase that names the month already needs only the year: "By July 2027", "By next September (2027)".
  if (new RegExp(`\\b${month}$`, 'i').test(phrase)) return /\b(?:next|this|coming)\s+\S+$/i.test(phrase) ? `${led} (${year})` : `${led} ${year}`;
  // "By Christmas (December 2026)", "Before I leave school (July 2029)": a deadline in their words, its month beside it.
  if (DEADLINE.test(led)) return `${led} (${when})`;
  // "After Christmas", "in 6 months", "when I'm 22" are no deadline of their own: the date leads and their words
  // follow in brackets, so the sentence reads as one ("By January 2027 (after Christmas), I will ...").
  return `By ${when} (${inBrackets(led)})`;
}

/** A lead that already says by when: "by", "before", "within". */
const DEADLINE = /^(?:by|before|within)\b/i;

const PROPER_WORD = new RegExp(`^${PROPER.source}$`, 'i');

/** Their lead said inside brackets: a small first letter, unless the first word is a name, a month or "I". */
function inBrackets(led: string): string {
  const first = /^[\p{L}']+/u.exec(led)?.[0] ?? '';
  if (/^I(?:'\w+)?$/.test(first) || PROPER_WORD.test(first)) return led;
  return led.charAt(0).toLowerCase() + led.slice(1);
}

function dayAfter(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
