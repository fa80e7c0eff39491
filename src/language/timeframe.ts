import { RecentReadings } from './recentReadings';
import { formatIsoDate } from '../domain/schoolCalendar';
import { resolveContext, type Resolved, type Rule, type TimeContext, type Timeframe, type TimeframeMatch } from './timeContext';
import { DATE_RULES } from './timeRulesDates';
import { IN_YEAR_RULES } from './timeRulesInYear';
import { SCHOOL_RULES } from './timeRulesSchool';
import { FESTIVAL_RULES } from './timeRulesFestivals';
import { SPORT_RULES } from './timeRulesSport';
import { DAY_RULES } from './timeRulesDays';
import { foldCase } from './text';
import { MONTH_NUMBER } from './timePatterns';
import { WordGate } from './wordGate';
import { isReported, reportedSpans } from './reportedTime';
import { respellTimeWords } from './timeSpelling';
import { monthEndNear } from './monthSaid';
import { namesAnEvent } from './seasonEvent';

export type { TimeContext, Timeframe, TimeframeMatch } from './timeContext';

/*
 * Time phrases in what people type ("by the end of Year 9", "by christmas", "in a year"), found and
 * resolved to an end date on the England school calendar. The rules live in timeRulesInYear.ts,
 * timeRulesSchool.ts and timeRulesDates.ts; this module picks the phrase that counts.
 */

const RULES: readonly Rule[] = [...IN_YEAR_RULES, ...SCHOOL_RULES, ...DATE_RULES, ...FESTIVAL_RULES, ...DAY_RULES, ...SPORT_RULES];

const VAGUE =
  /\b(?:one\s+day(?!\s+(?:a|per|each|every)\s+(?:week|fortnight|month))|someday|some\s+day|in\s+the\s+future|when\s+(?:i'?m|im|i\s+am|he'?s|she'?s|they'?re)\s+(?:older|bigger|grown\s+up|an?\s+adult|a\s+grown\s*up)|when\s+(?:i|he|she|they)\s+grows?\s+up|eventually|at\s+some\s+point|soon|sometime)\b/;

/**
 * One pattern that matches exactly when one of the rules does (their alternation, without capture
 * bookkeeping): most statements name no time, and one test costs far less than 37 scans.
 */
const ANY_RULE = RULES.every((rule) => rule.re.flags === 'g' && !/\\[1-9]/.test(rule.re.source))
  ? new RegExp(RULES.map((rule) => `(?:${rule.re.source})`).join('|'))
  : undefined;
/** Which rules could match a statement at all, by its words (wordGate.ts): most open none. */
const RULE_GATE = new WordGate(RULES.map((rule) => rule.re));

/** Every time phrase in the text, strongest first. */
type Found = TimeframeMatch & { strong: boolean; end: number; byAge?: boolean };

/** Every match of the open rules; none when a rule matches but the context cannot be resolved (no valid today). */
function scan(text: string, context: () => Resolved | null): Found[] {
  const lower = foldCase(text);
  const found: Found[] = [];
  const open = RULE_GATE.open(lower);
  const opened = open.reduce((n, x) => n + x, 0);
  if (opened === 0 || (ANY_RULE && opened * 2 > RULES.length && !ANY_RULE.test(lower))) return found;
  for (let i = 0; i < RULES.length; i++) {
    if (!open[i]) continue;
    const rule = RULES[i]!;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(lower)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex += 1;
        continue;
      }
      const strong = typeof rule.strong === 'function' ? rule.strong(m) : rule.strong;
      if (!strong && !rule.weakOk) continue;
      // "at the summer concert", "the christmas play": the season names an event, and is no time on its own.
      const event = namesAnEvent(lower, m.index, m.index + m[0].length);
      if (event === 'not-a-time') continue;
      const c = context();
      if (!c) return [];
      const resolved = rule.resolve(m, c);
      const end = typeof event === 'number' ? event : m.index + m[0].length;
      const phrase = text.slice(m.index, end).trim();
      found.push({
        phrase,
        date: resolved ? formatIsoDate(resolved) : null,
        start: m.index,
        end,
        strong,
        ...(rule.byAge ? { byAge: true } : {}),
      });
    }
  }
  return found;
}

/** The best match: the first strong one (the longest where several start together), else the first weak one that resolves. */
function best(all: Found[], text: string): TimeframeMatch | null {
  // "when I'm 18, so next September": a date said beside an age is clearer, and wins over it.
  const dated = all.filter((f) => !f.byAge && f.date !== null && (f.strong || f.start > 0));
  const found = dated.length > 0 && all.some((f) => f.byAge) ? all.filter((f) => !f.byAge) : all;
  const pick = (list: typeof found) =>
    list.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.date !== null) - Number(a.date !== null))[0];
  const strong = found.filter((f) => f.strong && (f.date !== null || !/^\s*(?:in|for|to|at)\b/i.test(f.phrase)));
  // A strong phrase that could not be resolved still counts (an age without a date of birth),
  // but one that resolves wins over an unresolved one starting at the same place.
  const first = pick(strong) ?? pick(found.filter((f) => f.date !== null));
  // "by summer, end of August 2027": a month the person names outright wins over a season or term beside it.
  // A month inside the chosen phrase ("starts Reception in September") is part of what that phrase means.
  // "by the summer, before she starts Reception in September": a month said after "before" is what comes next, not the time.
  const named = first
    ? found.filter((f) => namesItsMonth(f) && f.date!.slice(5, 7) !== first.date?.slice(5, 7) && (f.start >= first.end || f.end <= first.start) && !AFTER_BEFORE.test(text.slice(0, f.start)))
    : [];
  const chosen = named.length > 0 && first && !namesItsMonth(first) ? pick(named) : first;
  // "end of year 13, results are in august": a month without its year is said of the school year
  // beside it, so it is the August after Year 13 ends, not the next August from today.
  const near = chosen && first && chosen !== first && first.date && SCHOOL_STAGE.test(first.phrase) && !/\d{4}/.test(chosen.phrase) ? monthEndNear(Number(chosen.date!.slice(5, 7)) - 1, first.date) : null;
  if (near && first && near !== chosen!.date) return { phrase: first.phrase, date: near, start: first.start };
  return chosen ? { phrase: chosen.phrase, date: chosen.date, start: chosen.start } : null;
}

/** A school year or stage named ("end of year 13", "when I leave college"): a month beside it is said of that year. */
const SCHOOL_STAGE = /\b(?:(?:year|yr|y)\s*\d{1,2}|key\s*stage|ks\s*\d|school|college|sixth\s+form|6th\s+form|gcses?|a[\s-]?levels?|reception|nursery|primary|secondary|uni|university)\b/i;

/** The month named sits in a clause led by "before" ("before she starts Reception in September"). */
const AFTER_BEFORE = /\bbefore\b[^.,;:!?]{0,60}$/i;

/** The phrase names a calendar month ("end of August 2027") and its date falls in that month. */
function namesItsMonth(found: Found): boolean {
  if (!found.date || !found.strong) return false;
  const month = Number(found.date.slice(5, 7));
  return foldCase(found.phrase).split(/[^a-z]+/).some((word) => MONTH_NUMBER.get(word) === month);
}

/**
 * The time phrase of a statement, resolved to its end date on the England school calendar, or null
 * when there is none or it cannot be resolved (an age when neither school year nor date of birth is known).
 */
export function findTimeframe(text: string, context: TimeContext): Timeframe | null {
  const match = findTimePhrase(text, context);
  return match && match.date ? { phrase: match.phrase, date: match.date } : null;
}

/** Like findTimeframe, but also returns phrases that are clearly time-bound yet unresolved (date null). */
export function findTimePhrase(text: string, context: TimeContext): TimeframeMatch | null {
  return timePhrases.read(timeReadingKey(text, context), () => timePhraseAfresh(text, context));
}

/** One reading of a message's time phrase a turn, however many readers ask for it. */
const timePhrases = new RecentReadings<TimeframeMatch | null>();

/**
 * The reading's key: the text and the only context fields a time phrase depends on (resolveContext
 * reads no others), so callers passing larger contexts share readings and no JSON is written per call.
 */
function timeReadingKey(text: string, { today, dateOfBirth, schoolYear, age, seasonSport }: TimeContext): string {
  return `${text}\u0000${today}\u0000${dateOfBirth ?? ''}\u0000${schoolYear ?? ''}\u0000${age ?? ''}\u0000${seasonSport ? 's' : ''}`;
}

function timePhraseAfresh(text: string, context: TimeContext): TimeframeMatch | null {
  // Resolved only when a rule matches: most statements name no time, and then nothing depends on it.
  let resolved: Resolved | null | undefined;
  const c = (): Resolved | null => (resolved === undefined ? (resolved = resolveContext(context)) : resolved);
  const typed = timePhraseIn(text, c);
  if (typed) return typed;
  // "when i start colij", "end of yr 13": read with the time words spelled out, kept in their own words.
  const spelled = respellTimeWords(text);
  const found = spelled ? timePhraseIn(spelled.text, c) : null;
  if (!spelled || !found) return null;
  const start = spelled.original(found.start);
  return { ...found, start, phrase: text.slice(start, spelled.original(found.start + found.phrase.length)) };
}

function timePhraseIn(text: string, c: () => Resolved | null): TimeframeMatch | null {
  const found = ownTimes(text, scan(text, c));
  if (found.length === 0) return null;
  const chosen = best(found, text);
  if (!chosen) return null;
  // An unresolved phrase that is really a vague hope ("when I'm older") is not a timeframe.
  if (chosen.date === null && VAGUE.test(foldCase(chosen.phrase))) return null;
  return chosen;
}

/** Times in someone else's words ("my teacher said 'by friday'") are left out when the person names one of their own. */
function ownTimes(text: string, found: Found[]): Found[] {
  if (found.length < 2) return found;
  const spans = reportedSpans(text);
  if (spans.length === 0) return found;
  const own = found.filter((f) => !isReported(spans, f.start, f.end));
  return own.length > 0 ? own : found;
}

/** Vague time words ("one day", "when I'm older", "soon"): time is mentioned but not bound. */
export function hasVagueTime(text: string): boolean {
  return VAGUE.test(foldCase(text));
}
