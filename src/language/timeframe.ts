import { RecentReadings, readingKey } from './recentReadings';
import {
  KEY_STAGE_FINAL_YEAR,
  addDays,
  addMonths,
  addYears,
  birthdayAtAge,
  compareDates,
  currentTerm,
  date,
  dayOfWeek,
  endOfMonth,
  endOfSchoolYearN,
  formatIsoDate,
  fridayOfWeek,
  nextAnnualReview,
  nextBirthday,
  nextHalfTermEnd,
  nextTerm,
  nextTermEnd,
  parseIsoDate,
  receptionYearFromBirth,
  receptionYearFromSchoolYear,
  schoolYearInProgress,
  termEnd,
  type CalendarDate,
  type Term,
} from '../domain/schoolCalendar';
import { schoolYearTurning } from '../domain/schoolYear';
import { NUMBER_PATTERN, ORDINAL_PATTERN, foldCase, parseNumber } from './text';

/** What the analysis knows about the person's age: a school year (NC year on `today`) wins over a date of birth. */
export interface TimeContext {
  /** YYYY-MM-DD */
  today: string;
  dateOfBirth?: string;
  /** National Curriculum year on `today`; Reception = 0. */
  schoolYear?: number;
  /** Whole years of age on `today`, when neither school year nor date of birth is known. */
  age?: number;
}

export interface Timeframe {
  /** The person's own words, e.g. "by the end of Yr 9". */
  phrase: string;
  /** The end date, YYYY-MM-DD. */
  date: string;
}

/** A time phrase found in the text; `date` is null when it cannot be resolved without more context (an age with no date of birth). */
export interface TimeframeMatch {
  phrase: string;
  date: string | null;
  start: number;
}

interface Resolved {
  today: CalendarDate;
  dob: CalendarDate | null;
  /** The cohort's Reception September; null when neither school year nor date of birth is known. */
  reception: number | null;
  /** NC year in progress (the coming year in the summer holiday); null when unknown. */
  yearNow: number | null;
  /** Age on `today`, used only when the school year is not known. */
  age: number | null;
}

type Resolver = (m: RegExpExecArray, c: Resolved) => CalendarDate | null;

interface Rule {
  re: RegExp;
  /** Strong rules carry an explicit deadline ("by", "end of", "in 6 weeks"); weak ones are bare mentions. */
  strong: boolean | ((m: RegExpExecArray) => boolean);
  /** Whether a weak (bare) match counts at all: "in Year 10" does, a bare "summer" does not. */
  weakOk?: boolean;
  /** An age ("when I'm 18"): a date said beside it ("so next September") is clearer and wins. */
  byAge?: boolean;
  resolve: Resolver;
}

const NUM = NUMBER_PATTERN;
const BY = '(?:by|b4|before|befor|bfore|until|untill|till|til|at|in|for|during|within)';
const NEXT = '(?:next|nxt|the\\s+next|the\\s+coming|this\\s+coming|coming)';
const THE = '(?:the\\s+|my\\s+|his\\s+|her\\s+|their\\s+|our\\s+)?';
const END_OF = `(?:(?:the\\s+)?(?:very\\s+)?(?:end|ending|finish|last\\s+day|close)\\s+of\\s+${THE})`;
const YEAR_WORD = '(?:year|yr|yer|yaer|yeat|yera)';
const YEAR_N = `(?:${YEAR_WORD}\\s*-?\\s*(${NUM})|y(\\d{1,2}))`;
const SUBJ =
  "(?:i|i'?m|im|i\\s+am|he|she|they|he'?s|she'?s|they'?re|we|you|he\\s+is|she\\s+is|they\\s+are|(?!(?:it|this|that|there|which|what|who|the|class|lesson|school)\\b)[a-z][a-z'-]+)";
/** "I'm", "he is", "Maisie is", "she turns", "I get to be": someone being or reaching something. */
const PERSON_BE =
  "(?:i'?m|i\\s+am|he'?s|she'?s|they'?re|they\\s+are|[a-z][a-z-]+'s|(?:i|he|she|they|we|(?!(?:it|this|that|there|which|what|who|the|class|lesson|school|times?|lessons?)\\b)[a-z][a-z'-]+)\\s+(?:is|am|are|turn|turns|reach|reaches|get\\s+to\\s+be|gets\\s+to\\s+be|become|becomes|will\\s+be|be))";
const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1], ['jan', 1], ['february', 2], ['febuary', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
const MONTH_NUMBER = new Map(MONTHS);
const MONTH = `(${MONTHS.map(([m]) => m).join('|')})`;
/** Month words that are also ordinary words or names: they need a preposition or a year. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun', 'jul', 'aug', 'apr', 'oct', 'nov', 'feb']);
/** A start said with its September: "starts Reception in September", "next September". */
const SEPTEMBER_START = '(?:\\s+(?:in|from|this|next|nxt)\\s+(?:september|sept|sep)\\b(?:\\s*\\(?20\\d\\d\\)?)?)?';
const START_PLACE =
  'reception|school|big\\s+school|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|sixth\\s+form|6th\\s+form|college|(?:year|yr)\\s*\\d{1,2}';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function rx(source: string): RegExp {
  return new RegExp(source, 'g');
}

function num(text: string | undefined): number | null {
  return text === undefined ? null : parseNumber(text);
}

function yearN(m: RegExpExecArray, a: number, b: number): number | null {
  return num(m[a]) ?? num(m[b]);
}

function endOfYear(c: Resolved, n: number | null): CalendarDate | null {
  if (n === null || n < -1 || n > 15 || c.reception === null) return null;
  return endOfSchoolYearN(c.reception, n);
}

/**
 * The day someone turns `age`: exact from a date of birth; else the end of the school year in which
 * the cohort turns it; else, from their age today, the latest day that birthday can fall on.
 */
function atAge(c: Resolved, age: number | null): CalendarDate | null {
  if (age === null || age < 1 || age > 30) return null;
  if (c.dob) return birthdayAtAge(c.dob, age);
  if (c.reception !== null) return endOfSchoolYearN(c.reception, schoolYearTurning(age));
  if (c.age !== null && age > c.age) return addYears(c.today, age - c.age);
  return null;
}

/** "When I leave school": Year 11, or Year 13 for someone already in the sixth form. */
function leaving(c: Resolved, place: string): CalendarDate | null {
  const p = place.replace(/\s+/g, ' ');
  if (/^(?:nursery|pre-?school|playgroup)/.test(p)) return endOfYear(c, -1);
  if (/^reception/.test(p)) return endOfYear(c, 0);
  if (/^(?:infant)/.test(p)) return endOfYear(c, 2);
  if (/^(?:primary|junior)/.test(p)) return endOfYear(c, 6);
  if (/^(?:sixth|6th)/.test(p)) return endOfYear(c, 13);
  if (/^(?:college|uni|university)/.test(p)) {
    if (/^uni/.test(p)) return null;
    if (c.yearNow === null) return null;
    return endOfYear(c, Math.max(13, c.yearNow));
  }
  // school, secondary, high school
  if (c.yearNow !== null && c.yearNow >= 12 && !/^(?:secondary|high)/.test(p)) return endOfYear(c, 13);
  return endOfYear(c, 11);
}

/** By the time Year N begins: the end of the school year before it (its summer term, in July). */
function beforeYear(c: Resolved, n: number | null): CalendarDate | null {
  return endOfYear(c, n === null ? null : n - 1);
}

/** Starting somewhere: the end of the school year before it begins (the summer term end in July). */
function starting(c: Resolved, place: string): CalendarDate | null {
  const p = place.replace(/\s+/g, ' ');
  if (/^(?:big school|secondary|high|year 7)/.test(p)) return beforeYear(c, 7);
  if (/^juniors?/.test(p)) return beforeYear(c, 3);
  if (/^(?:reception|school|primary|infant)/.test(p)) return beforeYear(c, 0);
  if (/^(?:college|sixth|6th)/.test(p)) return beforeYear(c, 12);
  const year = /^(?:year|yr)\s*(\d{1,2})$/.exec(p);
  if (year) return beforeYear(c, Number(year[1]));
  return null;
}

function termOf(word: string): Term {
  if (/^(?:autumn|fall|christmas|xmas|chris|crimbo|chrimbo|winter)/.test(word)) return 'autumn';
  if (/^(?:spring|easter)/.test(word)) return 'spring';
  return 'summer';
}

/** The end of a named term: the coming one, or the one after when `next` and we are in it now. */
function namedTerm(c: Resolved, term: Term, next: boolean, year?: number): CalendarDate {
  if (year !== undefined) return termEnd(term === 'autumn' ? year : year - 1, term);
  const upcoming = nextTermEnd(c.today, term);
  if (!next) return upcoming;
  const now = currentTerm(c.today);
  if (now.term === term) return nextTermEnd(addDays(upcoming, 1), term);
  return upcoming;
}

/** "Summer" and "next summer" mean the July summer-term end; "next summer" said after April means the year after. */
function summer(c: Resolved, qualifier: string, year?: number): CalendarDate {
  if (year !== undefined) return termEnd(year - 1, 'summer');
  const thisYear = termEnd(c.today.year - 1, 'summer');
  if (/next|nxt|coming/.test(qualifier) && !/this coming/.test(qualifier)) {
    return c.today.month <= 4 ? thisYear : termEnd(c.today.year, 'summer');
  }
  if (/this/.test(qualifier)) return c.today.month <= 8 ? thisYear : termEnd(c.today.year, 'summer');
  return compareDates(thisYear, c.today) >= 0 ? thisYear : termEnd(c.today.year, 'summer');
}

function monthEnd(c: Resolved, month: number, qualifier: string | undefined, year: number | null, part: string): CalendarDate {
  let y = year ?? c.today.year;
  if (year === null) {
    if (month < c.today.month) y += 1;
    else if (month === c.today.month && qualifier && /next|nxt/.test(qualifier)) y += 1;
  }
  if (/start|beginning/.test(part)) return date(y, month, 1);
  if (/middle|mid/.test(part)) return date(y, month, 15);
  return endOfMonth(y, month);
}

function dayInMonth(c: Resolved, day: number, month: number, year: number | null): CalendarDate | null {
  let y = year ?? c.today.year;
  if (year !== null && year < 100) y = 2000 + year;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const d = parseIsoDate(formatIsoDate(date(y, month, day)));
  if (!d) return null;
  if (year === null && compareDates(d, c.today) < 0) return parseIsoDate(formatIsoDate(date(y + 1, month, day)));
  return d;
}

function quantity(word: string | undefined): number | null {
  if (word === undefined) return 1;
  const w = word.replace(/\s+/g, ' ');
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (/couple/.test(w)) return 2;
  if (/few|several/.test(w)) return 3;
  if (/half/.test(w)) return 0.5;
  return parseNumber(w);
}

function afterDuration(c: Resolved, n: number | null, unit: string): CalendarDate | null {
  if (n === null || n <= 0 || n > 60) return null;
  if (/^(?:day)/.test(unit)) return addDays(c.today, Math.round(n));
  if (/^(?:week|wk)/.test(unit)) return addDays(c.today, Math.round(n * 7));
  if (/^fortnight/.test(unit)) return addDays(c.today, Math.round(n * 14));
  if (/^(?:month|mth|mnth)/.test(unit)) return addMonths(c.today, Math.round(n));
  if (/^term/.test(unit)) {
    let t = currentTerm(c.today);
    for (let i = 0; i < Math.round(n); i++) t = nextTerm(t.end);
    return t.end;
  }
  return addMonths(c.today, Math.round(n * 12));
}

/** The coming weekday of that name (a week on if it is today); "next" skips one still in this week. */
function weekday(c: Resolved, name: string, next: boolean): CalendarDate {
  const today = dayOfWeek(c.today);
  const target = WEEKDAYS.indexOf(name);
  const diff = (target - today + 7) % 7 || 7;
  const sameWeek = today !== 0 && (target === 0 || target > today);
  return addDays(c.today, next && sameWeek ? diff + 7 : diff);
}

const RULES: readonly Rule[] = [
  // "by the end of Year 9", "end of yr9", "at the end of year eleven"
  {
    re: rx(`\\b(?:${BY}\\s+)?${END_OF}(?:school\\s+)?${YEAR_N}\\b`),
    strong: true,
    resolve: (m, c) => endOfYear(c, yearN(m, 1, 2)),
  },
  // "when I finish Year 6", "by the time she leaves year 2"
  {
    re: rx(`\\b(?:when|once|by\\s+the\\s+time|before|b4|until|till)\\s+${SUBJ}\\s+(?:finish(?:es)?|leaves?|complete[sd]?|(?:am|is|are|'m|'s)\\s+(?:done|finished)\\s+with)\\s+${YEAR_N}\\b`),
    strong: true,
    resolve: (m, c) => endOfYear(c, yearN(m, 1, 2)),
  },
  // "by year 7", "by the time I'm in Year 7", "before he goes in year 3": by the time that year
  // starts, the end of the one before
  {
    re: rx(`\\b(by|b4|before|befor)\\s+(?:the\\s+time\\s+(?:that\\s+)?)?(?:(?:${PERSON_BE}|${SUBJ}\\s+(?:go(?:es)?\\s+(?:in(?:to)?|to|up\\s+(?:in)?to)|get(?:s)?\\s+(?:in)?to|start(?:s)?|move(?:s)?\\s+(?:up\\s+)?(?:in)?to))\\s+)?(?:in\\s+)?${YEAR_N}\\b`),
    strong: true,
    resolve: (m, c) => beforeYear(c, yearN(m, 2, 3)),
  },
  // "when I'm in year 10", "during year 8", "in Year 5": the end of that year
  {
    re: rx(`\\b(?:(?:when|once)\\s+${PERSON_BE}\\s+in|(?<!(?:i'?m|im|am|is|are|'s|'re|currently|now|still|was|were|i\\s+am|he\\s+is|she\\s+is)\\s)(?:in|during|for))\\s+${YEAR_N}\\b`),
    strong: (m) => /^(?:when|once)/.test(m[0]),
    weakOk: true,
    resolve: (m, c) => endOfYear(c, yearN(m, 1, 2)),
  },
  // key stages: "by the end of KS2", "end of key stage 3"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:key\\s*stage|ks)\\s*-?\\s*(\\d|one|two|three|four|five)\\b`),
    strong: (m) => /^(?:by|b4|before|befor|bfore|until|untill|till|til|at|end|the)|end\s+of/.test(m[0]),
    weakOk: true,
    resolve: (m, c) => {
      const n = num(m[1]);
      const year = n === null ? undefined : KEY_STAGE_FINAL_YEAR[n];
      return year === undefined ? null : endOfYear(c, year);
    },
  },
  // "by the end of reception / EYFS / nursery / primary / secondary / sixth form / college"
  {
    re: rx(`\\b(?:${BY}\\s+)?${END_OF}(eyfs|early\\s+years(?:\\s+foundation\\s+stage)?|foundation\\s+stage|reception(?:\\s+year)?|nursery|pre-?school|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|school|sixth\\s+form|6th\\s+form|college)\\b(?!\\s+(?:day|week|term|year|holidays?|hols|trip|bus|run|gates?|play|disco|show|lunch|club))`),
    strong: true,
    resolve: (m, c) => {
      const p = (m[1] ?? '').replace(/\s+/g, ' ');
      if (/^(?:eyfs|early|foundation)/.test(p)) return endOfYear(c, 0);
      return leaving(c, p);
    },
  },
  // "when I leave school", "by the time I finish college", "before she leaves primary"
  {
    re: rx(`\\b(?:when|once|by\\s+the\\s+time|before|b4|befor|until|till|til|by)\\s+${SUBJ}\\s+(?:(?:have|has|'ve)\\s+)?(?:leave|leaves|left|finish|finishes|finished|complete|completes|(?:am|is|are|'m|'s)\\s+(?:done|finished)\\s+(?:with|at))\\s+(?:${THE})?(nursery|pre-?school|reception|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|big\\s+school|school|skool|scool|sixth\\s+form|6th\\s+form|college|collage|uni|university)\\b`),
    strong: true,
    resolve: (m, c) => {
      const p = (m[1] ?? '').replace(/^(?:skool|scool)$/, 'school').replace(/^collage$/, 'college');
      return leaving(c, p);
    },
  },
  // "before I leave", "when she finishes": leaving school said without the word school
  {
    re: rx(`\\b(?:when|once|by\\s+the\\s+time|before|b4|befor)\\s+${SUBJ}\\s+(?:leave|leaves|leav|finish|finishes)\\s*$`),
    strong: true,
    resolve: (m, c) => leaving(c, 'school'),
  },
  // "by the time I start secondary", "before he goes to big school", "by the time I go to college"
  {
    re: rx(`\\b(?:by\\s+the\\s+time|before|b4|befor|by\\s+when|when|once)\\s+${SUBJ}\\s+(?:start|starts|go|goes|move|moves|go\\s+up|goes\\s+up|get|gets|transfer|transfers)\\s*(?:to|in|into|up\\s+to|at)?\\s+(?:${THE})?(reception|school|big\\s+school|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|sixth\\s+form|6th\\s+form|college|(?:year|yr)\\s*\\d{1,2})\\b${SEPTEMBER_START}`),
    strong: true,
    resolve: (m, c) => starting(c, m[1] ?? ''),
  },
  // "before college starts", "by the time school starts again": the day before it begins
  {
    re: rx(`\\b(?:by\\s+the\\s+time|before|b4|befor|when|once|by\\s+when)\\s+(?:${THE})?(${START_PLACE})\\s+(?:starts?|begins?|opens?)\\b`),
    strong: true,
    resolve: (m, c) => starting(c, m[1] ?? ''),
  },
  // "starts Reception next September", "he goes into Year 1 in September": a start said with its
  // September is the same date as "by the time he starts": the end of the school year before it.
  {
    re: rx(`\\b(?:${SUBJ}\\s+)?(?:start|starts|starting|go(?:es)?\\s+(?:in)?to|going\\s+(?:in)?to|move(?:s)?\\s+up\\s+to|moving\\s+up\\s+to)\\s+(?:${THE})?(${START_PLACE})\\b\\s+(?:in|from|this|this\\s+coming|next|nxt|the\\s+coming)\\s+(?:september|sept|sep)\\b(?:\\s*\\(?20\\d\\d\\)?)?`),
    strong: true,
    resolve: (m, c) => starting(c, m[1] ?? ''),
  },
  // ages: "by the time I'm 18", "when I am sixteen", "by the time Maisie is 5 years old", "before I turn 16"
  {
    re: rx(`\\b(?:by|b4|before|befor|when|once|until|till|til|at)\\s+(?:the\\s+time\\s+(?:that\\s+)?)?(?:${PERSON_BE}|(?:i|he|she|they|[a-z][a-z'-]+)\\s+(?:turn|turns|reach|reaches|get\\s+to|gets\\s+to|hit|hits))\\s+(?:aged\\s+|age\\s+)?(${NUM})(?:\\s*(?:\\+|years?|yrs?|y\\/?o)(?:\\s+old)?)?(?:\\s*\\/\\s*${NUM})?(?!\\s*(?:%|:|\\.\\d|hours?|hrs?|mins?|minutes?|words?|times?|steps?|weeks?|wks?|days?|months?|sessions?|o'?clock|pm|am|percent|points?))\\b`),
    strong: true,
    byAge: true,
    resolve: (m, c) => atAge(c, num(m[1])),
  },
  // "by age 16", "by the age of 19", "at age 18"
  {
    re: rx(`\\b(?:by|b4|before|at|until|till|from)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(${NUM})\\b`),
    strong: true,
    byAge: true,
    resolve: (m, c) => atAge(c, num(m[1])),
  },
  // "by 16 I will", "at 18," (a bare age after by/at/before, then a pause or a subject)
  {
    re: rx(`\\b(?:by|at|before|b4)\\s+(\\d{1,2})(?=\\s*(?:$|[,.!?;)]|\\s+(?:i|he|she|they|years?|yrs?)\\b))`),
    strong: true,
    resolve: (m, c) => {
      const n = num(m[1]);
      return n !== null && n >= 3 && n <= 25 ? atAge(c, n) : null;
    },
    byAge: true,
  },
  // "by my 18th birthday", "before her sixth birthday", "by my next birthday"
  {
    re: rx(`\\b(?:by|b4|before|befor|on|for|until|till|at)\\s+(?:my|his|her|their|your|[a-z]+'?s)\\s+(next|${ORDINAL_PATTERN})\\s+(?:birthday|bday|b-day|birthdy)\\b`),
    strong: true,
    resolve: (m, c) => {
      const which = m[1] ?? '';
      if (/^next/.test(which)) return c.dob ? nextBirthday(c.dob, c.today) : null;
      return atAge(c, parseNumber(which));
    },
    byAge: true,
  },
  // "by my next annual review", "at my review", "before the next EHCP review"
  {
    re: rx(`\\b(?:by|b4|before|at|for|until|till|in\\s+time\\s+for)\\s+(?:my|his|her|their|the|our)\\s+(?:next\\s+)?(?:annual\\s+|yearly\\s+)?(?:ehc\\s*p?\\s+|ehc\\s+plan\\s+|plan\\s+)?review\\b`),
    strong: true,
    resolve: (m, c) => nextAnnualReview(c.today),
  },
  // "by the end of this term", "next term", "end of term"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF}(?:(this|next|nxt)\\s+)?|(this|next|nxt)\\s+)term\\b(?!\\s+time)`),
    strong: true,
    resolve: (m, c) => {
      if (/next|nxt/.test(m[1] ?? m[2] ?? '')) return nextTerm(c.today).end;
      return currentTerm(c.today).end;
    },
  },
  // "by the summer term", "end of the autumn term", "next spring term"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:the\\s+)?(?:(this|next|nxt)\\s+)?(autumn|fall|spring|summer)\\s+term\\b`),
    strong: true,
    resolve: (m, c) => namedTerm(c, termOf(m[2] ?? ''), /next|nxt/.test(m[1] ?? '')),
  },
  // "by Christmas", "before Easter", "by the Easter holidays", "by next Christmas"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:the\\s+)?(?:(this|next|nxt)\\s+)?(christmas|xmas|x-mas|chrismas|christmass|crimbo|chrimbo|easter|eastr)(?:\\s+(?:holidays?|hols|break))?(?:\\s+(20\\d\\d))?\\b`),
    strong: (m) => !/^(?:christmas|xmas|x-mas|chrismas|christmass|crimbo|chrimbo|easter|eastr)\b/.test(m[0]),
    resolve: (m, c) => {
      const year = m[3] ? Number(m[3]) : undefined;
      return namedTerm(c, termOf(m[2] ?? ''), /next|nxt/.test(m[1] ?? ''), year);
    },
  },
  // "by half term", "before the October half-term"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:the\\s+)?(?:next\\s+)?(?:october\\s+|february\\s+|feb\\s+|may\\s+)?half[\\s-]?term\\b`),
    strong: true,
    resolve: (m, c) => nextHalfTermEnd(c.today),
  },
  // "by the summer holidays", "before the end of the summer holidays"
  {
    re: rx(`\\b(?:${BY}\\s+)?(${END_OF})?(?:the\\s+)?(?:(this|next)\\s+)?summer\\s+(?:holidays?|hols|break|vacation)\\b`),
    strong: true,
    resolve: (m, c) => {
      const end = summer(c, m[2] ?? '');
      return m[1] ? date(end.year, 8, 31) : end;
    },
  },
  // seasons: "by next summer", "this spring", "in the autumn", "summer 2026"
  {
    re: rx(`\\b(?:${BY}\\s+|over\\s+)?(?:${END_OF})?(?:the\\s+)?(?:(${NEXT}|this)\\s+)?(spring|summer|summa|sumer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(20\\d\\d))?\\b(?!\\s+(?:camp|school|club|job|fair|fete|scheme|term|holidays?|hols|break|vacation|activities|programme|program|course|sports?))`),
    strong: (m) => /^(?:by|b4|before|befor|bfore|until|untill|till|til|at|in|for|during|within|to|over|end|the\s+end)|next|nxt|this|coming|20\d\d/.test(m[0]),
    resolve: (m, c) => {
      const qualifier = m[1] ?? '';
      const season = m[2] ?? '';
      const year = m[3] ? Number(m[3]) : undefined;
      if (season === 'fall' && !qualifier && !/^(?:by|before|until|in\s+the)\b/.test(m[0])) return null;
      if (/^s(?:umm?er|umma)/.test(season)) return summer(c, qualifier, year);
      if (season === 'winter') return year !== undefined ? termEnd(year, 'autumn') : nextTermEnd(c.today, 'autumn');
      return namedTerm(c, termOf(season), /next|nxt|coming/.test(qualifier), year);
    },
  },
  // explicit dates: "by 3rd March 2026", "on the 12th of July", "by 1 sept"
  {
    re: rx(`\\b(?:(by|b4|before|on|until|till|til)\\s+)?(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?\\s+(of\\s+)?${MONTH}\\b(?:,?\\s+(20\\d\\d))?`),
    strong: true,
    resolve: (m, c) => {
      const word = m[5] ?? '';
      if (AMBIGUOUS_MONTHS.has(word) && !m[1] && !m[3] && !m[4] && !m[6]) return null;
      return dayInMonth(c, Number(m[2]), MONTH_NUMBER.get(word) ?? 0, m[6] ? Number(m[6]) : null);
    },
  },
  // "by March 3rd", "july 20 2026"
  {
    re: rx(`\\b(?:(by|b4|before|on|until|till|til)\\s+)?${MONTH}\\s+(\\d{1,2})(st|nd|rd|th)?\\b(?!\\d|:)(?:,?\\s+(20\\d\\d))?`),
    strong: true,
    resolve: (m, c) => {
      const word = m[2] ?? '';
      if (AMBIGUOUS_MONTHS.has(word) && !m[1] && !m[4] && !m[5]) return null;
      return dayInMonth(c, Number(m[3]), MONTH_NUMBER.get(word) ?? 0, m[5] ? Number(m[5]) : null);
    },
  },
  // numeric dates, UK order: "by 20/07/2026", "31.12.25", ISO "2026-07-20"
  {
    re: rx(`\\b(?:(?:by|b4|before|on|until|till|til)\\s+)?(?:(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})|(20\\d\\d)-(\\d{2})-(\\d{2}))\\b`),
    strong: true,
    resolve: (m, c) => {
      if (m[4]) return parseIsoDate(`${m[4]}-${m[5]}-${m[6]}`);
      return dayInMonth(c, Number(m[1]), Number(m[2]), Number(m[3]));
    },
  },
  // months: "by July", "in September 2026", "by the end of next March", "before may"
  {
    re: rx(`\\b(?:(${BY}|from|after|around|about)\\s+)?(?:the\\s+)?((?:end|start|beginning|middle|mid)\\s+of\\s+|mid[\\s-])?(?:(${NEXT}|this)\\s+)?${MONTH}\\b(?:\\s+(20\\d\\d)|\\s+(next\\s+year|nxt\\s+year|this\\s+year))?(?!\\s*\\d)`),
    strong: (m) => Boolean(m[1] || m[2] || m[3] || m[5] || m[6]),
    resolve: (m, c) => {
      const word = m[4] ?? '';
      const month = MONTH_NUMBER.get(word) ?? 0;
      const anchored = Boolean((m[1] && !/^(?:from|after|around|about)$/.test(m[1])) || m[2] || m[3] || m[5] || m[6]);
      if (AMBIGUOUS_MONTHS.has(word) && !anchored) return null;
      if (word === 'may' && m[1] && /^(?:to|for|at)$/.test(m[1])) return null;
      const year = m[5] ? Number(m[5]) : m[6] ? c.today.year + (/^n/.test(m[6]) ? 1 : 0) : null;
      return monthEnd(c, month, m[3], year, m[2] ?? '');
    },
  },
  // "in 6 weeks", "within six months", "over the next 2 years", "in a couple of months' time", "in 2 terms"
  {
    re: rx(`\\b(?:in|within|inside|over|after|by|for)\\s+(?:(?:the\\s+next|the\\s+coming|the\\s+following)\\s+(?:about\\s+|around\\s+)?(a|an|one|a\\s+couple\\s+of|couple\\s+of|a\\s+few|few|several|${NUM})?|(?:about\\s+|around\\s+|roughly\\s+|only\\s+|just\\s+)?(a|an|one|a\\s+couple\\s+of|couple\\s+of|a\\s+couple|a\\s+few|few|several|half\\s+a|${NUM}))\\s*-?\\s*(days?|weeks?|wks?|fortnights?|months?|mths?|mnths?|terms?|years?|yrs?)(?:'?s?\\s+time)?\\b(?![\\s-]*(?:olds?\\b|\\d))(?!\\s+(?:a|per|each|every)\\s+(?:day|week|wk|fortnight|month|term|year)\\b)(?![\\s-]+(?:jobs?|courses?|placements?|trips?|shifts?|sessions?|visits?|programmes?|block|residential)\\b)`),
    strong: true,
    resolve: (m, c) => afterDuration(c, quantity(m[1] ?? m[2]), m[3] ?? ''),
  },
  // "6 months from now", "a year from today"
  {
    re: rx(`\\b(a|an|one|a\\s+couple\\s+of|a\\s+few|${NUM})\\s+(days?|weeks?|fortnights?|months?|terms?|years?|yrs?)\\s+(?:from\\s+(?:now|today)|time)\\b`),
    strong: true,
    resolve: (m, c) => afterDuration(c, quantity(m[1]), m[2] ?? ''),
  },
  // "by new year", "new years": the first of January
  {
    re: rx(`\\b(?:(?:${BY})\\s+)?(?:the\\s+)?new\\s+years?(?:'?s)?(?:\\s+day)?\\b(?!\\s+(?:resolution|party|eve\\s+party))`),
    strong: true,
    resolve: (m, c) => date(c.today.month === 1 && c.today.day === 1 ? c.today.year : c.today.year + 1, 1, 1),
  },
  // "after the summer", "after christmas": the month after that holiday ends
  {
    re: rx(`\\bafter\\s+(?:the\\s+)?(?:(this|next)\\s+)?(?:(summer|christmas|xmas|easter)(?:\\s+(?:holidays?|hols|break))?|holidays|hols)\\b`),
    strong: true,
    resolve: (m, c) => {
      // "after the hols": the month after the coming holiday, the end of this term.
      const now = currentTerm(c.today).term;
      const word = m[2] ?? (now === 'autumn' ? 'christmas' : now === 'spring' ? 'easter' : 'summer');
      if (/^(?:christmas|xmas)/.test(word)) {
        const end = namedTerm(c, 'autumn', m[1] === 'next');
        return endOfMonth(end.year + 1, 1);
      }
      const end = word === 'easter' ? namedTerm(c, 'spring', m[1] === 'next') : summer(c, m[1] ?? '');
      return word === 'easter' ? endOfMonth(end.year, end.month + 1) : date(end.year, 9, 30);
    },
  },
  // "this time next year"
  {
    re: rx(`\\b(?:by\\s+)?this\\s+time\\s+next\\s+(?:year|yr)\\b`),
    strong: true,
    resolve: (m, c) => addYears(c.today, 1),
  },
  // "this school year", "by the end of next academic year"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:(this|next|nxt|the)\\s+)(?:(?:school|academic|college)\\s+year|year\\s+(?:at|in)\\s+(?:college|school|sixth\\s+form|6th\\s+form))\\b`),
    strong: true,
    resolve: (m, c) => {
      const start = schoolYearInProgress(c.today) + (/next|nxt/.test(m[1] ?? '') ? 1 : 0);
      return termEnd(start, 'summer');
    },
  },
  // "this week", "by the end of next month", "next year", "by the end of the year"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF}(?:(this|next|nxt|the)\\s+)?|(this|next|nxt)\\s+)(week|wk|month|year|yr)\\b(?!\\s+(?:at|in)\\s+(?:college|school|sixth\\s+form|6th\\s+form|uni))(?!\\s*(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\\b)`),
    strong: true,
    resolve: (m, c) => {
      const qualifier = m[1] ?? m[2] ?? '';
      const next = /next|nxt/.test(qualifier);
      const unit = m[3] ?? '';
      if (qualifier === 'the' && !/end\s+of/.test(m[0])) return null;
      if (/^w/.test(unit)) return fridayOfWeek(next ? addDays(c.today, 7) : c.today);
      if (/^m/.test(unit)) {
        const d = next ? addMonths(c.today, 1) : c.today;
        return endOfMonth(d.year, d.month);
      }
      // From someone at school, "the end of this year" is the end of the school year (July) they are
      // in; "the end of the year" stays the calendar year's end (31 December).
      if (qualifier === 'this' && c.yearNow !== null && c.yearNow <= 13) return termEnd(schoolYearInProgress(c.today), 'summer');
      return date(c.today.year + (next ? 1 : 0), 12, 31);
    },
  },
  // "by 2027", "in 2026", "by the end of 2026", "before 2028"
  {
    re: rx(`\\b(${BY}|by\\s+the\\s+end\\s+of|end\\s+of)\\s+(20\\d\\d)\\b(?!\\s*(?:-|/))`),
    strong: true,
    resolve: (m, c) => {
      const year = Number(m[2]);
      return /^(?:before|b4|befor|bfore)$/.test(m[1] ?? '') ? date(year - 1, 12, 31) : date(year, 12, 31);
    },
  },
  // "by Friday", "next Tuesday", "tomorrow", "by the weekend", "today"
  {
    re: rx(`\\b(?:(?:by|b4|before|until|till|this|next)\\s+)+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(?:by|before|b4|until|till)\\s+(?:the\\s+end\\s+of\\s+)?(tomorrow|tmrw|tmr|today|tonight|the\\s+weekend|this\\s+weekend)\\b`),
    strong: true,
    resolve: (m, c) => {
      if (m[1]) return weekday(c, m[1], /next/.test(m[0]));
      const w = m[2] ?? '';
      if (/^(?:tomorrow|tmrw|tmr)$/.test(w)) return addDays(c.today, 1);
      if (/weekend/.test(w)) {
        const fri = fridayOfWeek(c.today);
        return dayOfWeek(c.today) === 0 ? c.today : addDays(fri, 2);
      }
      return c.today;
    },
  },
];

function resolveContext(context: TimeContext): Resolved | null {
  const today = parseIsoDate(context.today);
  if (!today) return null;
  const dob = context.dateOfBirth ? parseIsoDate(context.dateOfBirth) : null;
  let reception: number | null = null;
  if (typeof context.schoolYear === 'number' && Number.isInteger(context.schoolYear)) {
    reception = receptionYearFromSchoolYear(context.schoolYear, today);
  } else if (dob) {
    reception = receptionYearFromBirth(dob);
  }
  // In the summer holiday the year in progress is the coming one (see schoolYearInProgress).
  const yearNow = reception === null ? null : schoolYearInProgress(today) - reception;
  const age = typeof context.age === 'number' && Number.isInteger(context.age) ? context.age : null;
  return { today, dob, reception, yearNow, age };
}

const VAGUE =
  /\b(?:one\s+day(?!\s+(?:a|per|each|every)\s+(?:week|fortnight|month))|someday|some\s+day|in\s+the\s+future|when\s+(?:i'?m|im|i\s+am|he'?s|she'?s|they'?re)\s+(?:older|bigger|grown\s+up|an?\s+adult|a\s+grown\s*up)|when\s+(?:i|he|she|they)\s+grows?\s+up|eventually|at\s+some\s+point|soon|sometime)\b/;

/**
 * One pattern that matches exactly when one of the rules does (their alternation, without capture
 * bookkeeping): most statements name no time, and one test costs far less than 37 scans.
 */
const ANY_RULE = RULES.every((rule) => rule.re.flags === 'g' && !/\\[1-9]/.test(rule.re.source))
  ? new RegExp(RULES.map((rule) => `(?:${rule.re.source})`).join('|'))
  : undefined;

/** Every time phrase in the text, strongest first. */
type Found = TimeframeMatch & { strong: boolean; end: number; byAge?: boolean };

function scan(text: string, c: Resolved): Found[] {
  const lower = foldCase(text);
  const found: Found[] = [];
  if (ANY_RULE && !ANY_RULE.test(lower)) return found;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(lower)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex += 1;
        continue;
      }
      const strong = typeof rule.strong === 'function' ? rule.strong(m) : rule.strong;
      if (!strong && !rule.weakOk) continue;
      const resolved = rule.resolve(m, c);
      const phrase = text.slice(m.index, m.index + m[0].length).trim();
      found.push({
        phrase,
        date: resolved ? formatIsoDate(resolved) : null,
        start: m.index,
        end: m.index + m[0].length,
        strong,
        ...(rule.byAge ? { byAge: true } : {}),
      });
    }
  }
  return found;
}

/** The best match: the first strong one (the longest where several start together), else the first weak one that resolves. */
function best(all: Found[]): TimeframeMatch | null {
  // "when I'm 18, so next September": a date said beside an age is clearer, and wins over it.
  const dated = all.filter((f) => !f.byAge && f.date !== null && (f.strong || f.start > 0));
  const found = dated.length > 0 && all.some((f) => f.byAge) ? all.filter((f) => !f.byAge) : all;
  const pick = (list: typeof found) =>
    list.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.date !== null) - Number(a.date !== null))[0];
  const strong = found.filter((f) => f.strong && (f.date !== null || !/^\s*(?:in|for|to|at)\b/i.test(f.phrase)));
  // A strong phrase that could not be resolved still counts (an age without a date of birth),
  // but one that resolves wins over an unresolved one starting at the same place.
  const chosen = pick(strong) ?? pick(found.filter((f) => f.date !== null));
  return chosen ? { phrase: chosen.phrase, date: chosen.date, start: chosen.start } : null;
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
  return timePhrases.read(readingKey(text, context), () => timePhraseAfresh(text, context));
}

/** One reading of a message's time phrase a turn, however many readers ask for it. */
const timePhrases = new RecentReadings<TimeframeMatch | null>();

function timePhraseAfresh(text: string, context: TimeContext): TimeframeMatch | null {
  const c = resolveContext(context);
  if (!c) return null;
  const found = scan(text, c);
  if (found.length === 0) return null;
  const chosen = best(found);
  if (!chosen) return null;
  // An unresolved phrase that is really a vague hope ("when I'm older") is not a timeframe.
  if (chosen.date === null && VAGUE.test(foldCase(chosen.phrase))) return null;
  return chosen;
}

/** Vague time words ("one day", "when I'm older", "soon"): time is mentioned but not bound. */
export function hasVagueTime(text: string): boolean {
  return VAGUE.test(foldCase(text));
}
