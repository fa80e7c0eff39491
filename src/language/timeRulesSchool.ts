/* Time phrases about school: school years, key stages, leaving and starting, ages, reviews, terms, holidays, seasons. */
import {
  KEY_STAGE_FINAL_YEAR,
  addYears,
  compareDates,
  currentTerm,
  date,
  nextAnnualReview,
  nextBirthday,
  nextHalfTermEnd,
  nextHalfTermEndOf,
  nextTerm,
  nextTermEnd,
  termEnd,
} from '../domain/schoolCalendar';
import type { Rule } from './timeContext';
import { NUM, BY, NEXT, THE, END_OF, YEAR_N, SUBJ, PERSON_BE, SEPTEMBER_START, START_PLACE, MONTH, MONTH_NUMBER, AMBIGUOUS_MONTHS, DOING_IT, rx, num, yearN } from './timePatterns';
import { endOfYear, afterYear, atAge, leaving, leavingInYear, beforeYear, starting, startsOn, termOf, namedTerm, christmas, septemberSaid, summer, mocks, exams, examsStart } from './timeResolvers';
import { ORDINAL_PATTERN, parseNumber } from './text';
import { AT_THE_START, NOT_A_HABIT, NOT_TOLD_OF_THE_PAST } from './timeRuleGuards';

/** "end of college next year": the year said after the place belongs to the phrase, kept whole. */
const WHICH_YEAR = '(?:\\s+(this|next|nxt)\\s+(?:year|yr)\\b)?';

/** The term a half term named by its month is in: "october half term" is the autumn one, "may half term" the summer one. */
function halfTermSeason(word: string): string {
  return /^(?:oct)/.test(word) ? 'autumn' : /^(?:feb)/.test(word) ? 'spring' : /^(?:may|whit)/.test(word) ? 'summer' : word;
}

export const SCHOOL_RULES: readonly Rule[] = [
  // "by the end of Year 9", "end of yr9", "at the end of year eleven"; "end year 11" said without "of"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF}|(?:the\\s+)?end\\s+)(?:school\\s+)?${YEAR_N}\\b`),
    strong: true,
    resolve: (m, c) => endOfYear(c, yearN(m, 1, 2)),
  },
  // "when I finish Year 6", "by the time she leaves year 2"
  {
    re: rx(`\\b(?:when|once|by\\s+the\\s+time|before|b4|until|till)\\s+${SUBJ}\\s+(?:finish(?:es)?|leaves?|complete[sd]?|(?:am|is|are|'m|'s)\\s+(?:done|finished)\\s+with)\\s+${YEAR_N}\\b`),
    strong: true,
    resolve: (m, c) => endOfYear(c, yearN(m, 1, 2)),
  },
  // "by September after Year 13", "the summer after I finish year 11": that month or season once the year has ended
  // ("after year 11" alone tells what comes next, not by when)
  {
    re: rx(`\\b(?=\\w)${NOT_TOLD_OF_THE_PAST}\\b(?:${BY}\\s+)?(?:the\\s+)?(?:${MONTH}|(summer|autumn))\\s+(?:right\\s+|straight\\s+)?after\\s+(?:${SUBJ}\\s+(?:finish(?:es)?|leaves?|(?:have|has|'ve)\\s+(?:done|finished))\\s+)?${YEAR_N}\\b`),
    // "i may after year 11 ...": a month word that is also an ordinary word needs "by" or "the" before it
    strong: (m) => !AMBIGUOUS_MONTHS.has(m[1] ?? '') || !m[0].startsWith(m[1] ?? ''),
    resolve: (m, c) => afterYear(c, yearN(m, 3, 4), m[1] ? MONTH_NUMBER.get(m[1]) : undefined, m[2]),
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
    re: rx(`\\b(?:${BY}\\s+)?${END_OF}(eyfs|early\\s+years(?:\\s+foundation\\s+stage)?|foundation\\s+stage|reception(?:\\s+year)?|nursery|pre-?school|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|school|sixth\\s+form|6th\\s+form|college)\\b${WHICH_YEAR}(?!\\s+(?:day|week|term|year|holidays?|hols|trip|bus|run|gates?|play|disco|show|lunch|club))`),
    strong: true,
    resolve: (m, c) => {
      const p = (m[1] ?? '').replace(/\s+/g, ' ');
      if (/^(?:eyfs|early|foundation)/.test(p)) return endOfYear(c, 0);
      return leavingInYear(c, p, m[2]);
    },
  },
  // "when I leave school", "by the time I finish college", "before she leaves primary"
  {
    re: rx(`\\b(?:when|once|by\\s+the\\s+time|before|b4|befor|until|till|til|by)\\s+${SUBJ}\\s+(?:(?:have|has|'ve)\\s+)?(?:leave|leaves|left|finish|finishes|finished|complete|completes|(?:am|is|are|'m|'s)\\s+(?:done|finished)\\s+(?:with|at))\\s+(?:${THE})?(nursery|pre-?school|reception|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|big\\s+school|school|skool|scool|sixth\\s+form|6th\\s+form|college|collage|uni|university)\\b${WHICH_YEAR}`),
    strong: true,
    resolve: (m, c) => {
      const p = (m[1] ?? '').replace(/^(?:skool|scool)$/, 'school').replace(/^collage$/, 'college');
      return leavingInYear(c, p, m[2]);
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
    resolve: (m, c) => septemberSaid(c, m[0]) ?? starting(c, m[1] ?? ''),
  },
  // "before secondary school", "by juniors", "before starting sixth form": the next stage named without who
  // starts it ("before school" alone is a time of day, so only a stage counts, or school after "starting")
  {
    re: rx(`\\b(?:before|b4|befor|by)\\s+(?:(?:starting|going\\s+(?:in)?to|moving\\s+(?:up\\s+)?to|(?:he|she|they|i)\\s+(?:starts?|goes\\s+to))\\s+(?:${THE})?(school|college|${START_PLACE})|(?:${THE})?(secondary(?:\\s+school)?|big\\s+school|high\\s+school|juniors?(?:\\s+school)?|reception|sixth\\s+form|6th\\s+form))\\b(?!\\s+(?:starts?|begins?|opens?|ends?|finish))`),
    strong: true,
    resolve: (m, c) => starting(c, m[1] ?? m[2] ?? ''),
  },
  // "before college", said as the answer (not "vodka before college", nor "the bridge by college"): before college
  // has begun, by the time it starts (the end of Year 11); once at college it is a time of day, never a date
  {
    re: rx(`(?=before|b4|befor)${AT_THE_START}(?:before|b4|befor)\\s+(?:${THE})?(college|collage)\\b(?!\\s+(?:starts?|begins?|opens?|ends?|finish|day|bus|work|lessons?|classes))`),
    strong: true,
    resolve: (m, c) => (c.yearNow !== null && c.yearNow <= 11 ? starting(c, 'college') : null),
  },
  // "by exams", "before my exams" (said as the answer, never "i test myself before exams"): GCSE and A level exams end in June of Year 11 and Year 13; other years sit theirs in the summer term
  {
    re: rx(`(?=by|until|till|in|ready|b4|befor)(?:${NOT_TOLD_OF_THE_PAST}${NOT_A_HABIT}\\b(?:by|until|till|in\\s+time\\s+for|ready\\s+for)|${AT_THE_START}(?:b4|before|befor))\\s+(?:${THE})?(?:exams?|exam\\s+season|final\\s+exams?)\\b`),
    strong: true,
    resolve: (m, c) => exams(c),
  },
  // "by the time I'm in sixth form", "before she is at secondary": by the time that stage starts
  {
    re: rx(`\\b(?:by\\s+the\\s+time|before|b4|befor)\\s+${PERSON_BE}\\s+(?:in|at)\\s+(?:${THE})?(secondary(?:\\s+school)?|big\\s+school|high\\s+school|juniors?(?:\\s+school)?|reception|sixth\\s+form|6th\\s+form|college)\\b`),
    strong: true,
    resolve: (m, c) => starting(c, m[1] ?? ''),
  },
  // "before my gcses start", "by the time my A levels begin": those exams start in May of Year 11 (or 13), so that May
  {
    re: rx(`(?=by|until|till|in|ready|b4|befor|bfore)(?:${NOT_TOLD_OF_THE_PAST}${NOT_A_HABIT}\\b(?:by|until|till|by\\s+the\\s+time|in\\s+time\\s+for|ready\\s+for)\\s+(?:${THE})?(gcses?|gcse\\s+exams|a[\\s-]?levels?(?:\\s+exams)?)\\s+(?:start|starts|begin|begins)|${AT_THE_START}(?:b4|before|befor|bfore)\\s+(?:${THE})?(gcses?|gcse\\s+exams|a[\\s-]?levels?(?:\\s+exams)?)(?:\\s+(?:start|starts|begin|begins))?)\\b`),
    strong: true,
    resolve: (m, c) => examsStart(c, /^a/.test(m[1] ?? m[2] ?? '')),
  },
  // "after gcses", "when I finish my GCSEs", "once he has done his A levels": the end of Year 11 or 13
  {
    re: rx(`\\b(?:after|by|when\\s+${SUBJ}\\s+(?:finish(?:es)?|(?:have|has|'ve|'s)\\s+(?:done|finished|sat))|once\\s+${SUBJ}\\s+(?:finish(?:es)?|(?:have|has|'ve|'s)\\s+(?:done|finished|sat)))\\s+(?:${THE})?(gcses?|a[\\s-]?levels|a[\\s-]?level(?=\\s+exams?))(?:\\s+exams?)?\\b`),
    strong: true,
    resolve: (m, c) => (/^a/.test(m[1] ?? '') ? endOfYear(c, Math.max(13, c.yearNow ?? 13)) : endOfYear(c, Math.max(11, c.yearNow ?? 11))),
  },
  // "by my mocks", "after the mocks", "before my mock exams": mock exams are sat in January of Year 11
  // (Year 13 in the sixth form). "By" is the end of the Christmas holiday before them, "after" the end of January.
  {
    re: rx(`(?=by|b4|befor|until|till|in|ready|aft|when|once)${NOT_TOLD_OF_THE_PAST}\\b(by|b4|before|befor|until|till|in\\s+time\\s+for|ready\\s+for|after|aftr|when\\s+${SUBJ}\\s+(?:finish(?:es)?|(?:have|has|'ve|'s)\\s+(?:done|finished|sat))|once\\s+${SUBJ}\\s+(?:finish(?:es)?|(?:have|has|'ve|'s)\\s+(?:done|finished|sat)))\\s+(?:${THE})?mocks?(?:\\s+(?:exams?|gcses?|tests?))?\\b|(?=by|before|after)${NOT_TOLD_OF_THE_PAST}\\b(by|before|after)\\s+(?:${THE})?mock\\s+(?:exams?|gcses?|tests?)\\b`),
    strong: true,
    resolve: (m, c) => mocks(c, /^(?:after|aftr|when|once)/.test(m[1] ?? m[2] ?? '')),
  },
  // "before college starts", "by the time school starts again": the September day it begins
  {
    re: rx(`\\b(?:by\\s+the\\s+time|before|b4|befor|when|once|by\\s+when)\\s+(?:${THE})?(${START_PLACE})\\s+(?:starts?|begins?|opens?)\\b`),
    strong: true,
    resolve: (m, c) => startsOn(c, m[1] ?? ''),
  },
  // "starts Reception next September", "he goes into Year 1 in September": a start said with its
  // September is the same date as "by the time he starts": the end of the school year before it.
  {
    re: rx(`\\b(?:${SUBJ}\\s+)?(?:start|starts|starting|go(?:es)?\\s+(?:in)?to|going\\s+(?:in)?to|move(?:s)?\\s+up\\s+to|moving\\s+up\\s+to)\\s+(?:${THE})?(${START_PLACE})\\b\\s+(?:in|from|this|this\\s+coming|next|nxt|the\\s+coming)\\s+(?:september|sept|sep)\\b(?:\\s*\\(?20\\d\\d\\)?)?`),
    strong: true,
    resolve: (m, c) => septemberSaid(c, m[0]) ?? starting(c, m[1] ?? ''),
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
      const age = parseNumber(which);
      const byYear = atAge(c, age);
      // "by his 10th birthday, he is 8 now", no date of birth: the birthday is at most (10 - 8) years on, so the
      // end of the school year he turns 10 is never given when it falls after that (no month is made up for it).
      if (c.dob || c.age === null || age === null || age <= c.age) return byYear;
      const latest = addYears(c.today, age - c.age);
      return byYear && compareDates(byYear, latest) <= 0 ? byYear : latest;
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
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:the\\s+)?(?:(this|next|nxt)\\s+)?(christmas|xmas|x-mas|chrismas|christmass|crimbo|chrimbo|easter|eastr)(?:\\s+(?:holidays?|hols|break))?(?:\\s+(20\\d\\d)|\\s+(?:of\\s+)?(next\\s+year|nxt\\s+year))?\\b`),
    strong: (m) => Boolean(m[4]) || !/^(?:christmas|xmas|x-mas|chrismas|christmass|crimbo|chrimbo|easter|eastr)\b/.test(m[0]),
    resolve: (m, c) => {
      // "christmas next year": the one in next calendar year, as "christmas 2027" would be.
      const year = m[3] ? Number(m[3]) : m[4] ? c.today.year + 1 : undefined;
      const term = termOf(m[2] ?? '');
      const next = /next|nxt/.test(m[1] ?? '');
      return term === 'autumn' ? christmas(c, next, year) : namedTerm(c, term, next, year);
    },
  },
  // "by the end of this half term": the half term under way ends at its break or at the end of the term, whichever comes first
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:the\\s+)?end\\s+of\\s+(?:this|the|dis)\\s+half[\\s-]?term\\b`),
    strong: true,
    resolve: (_m, c) => {
      const [halfTerm, term] = [nextHalfTermEnd(c.today), currentTerm(c.today).end];
      return compareDates(halfTerm, term) < 0 ? halfTerm : term;
    },
  },
  // "by half term", "before the October half-term", "by spring half term": the next break, or the next one of the term named
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:the\\s+)?(?:next\\s+)?(?:(october|oct|autumn|february|feb|spring|may|whitsun|whit|summer)\\s+)?half[\\s-]?term\\b`),
    strong: true,
    resolve: (m, c) => (m[1] ? nextHalfTermEndOf(c.today, termOf(halfTermSeason(m[1]))) : nextHalfTermEnd(c.today)),
  },
  // "before the holidays", "by the hols", "before we break up": the coming holiday starts when this term ends
  {
    // "before we break up for summer" names the holiday, read by its own rule; "by the time we break up" is this term's end.
    re: rx(`\\b(?:(?:by|b4|before|befor|bfore|until|untill|till|til)\\s+(?:the\\s+)?(?:next\\s+)?(?:school\\s+)?(?:holidays|hols)\\b|(?:by|b4|before|befor|bfore|until|untill|till|til|by\\s+the\\s+time|when|once)\\s+(?:we|they|i|he|she|(?:the\\s+)?school)\\s+(?:break|breaks)\\s+up\\b(?!\\s+for\\s+(?:the\\s+)?(?:summer|easter|christmas|xmas|half[\\s-]?term)\\b)(?:\\s+for\\s+(?:the\\s+)?(?:holidays|hols)\\b)?)`),
    strong: true,
    resolve: (_m, c) => currentTerm(c.today).end,
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
    re: rx(`\\b(?:${BY}\\s+|over\\s+)?(?:${END_OF})?(?:the\\s+)?(?:(${NEXT}|this)\\s+)?(spring|summer|summa|sumer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(20\\d\\d)|\\s+(?:of\\s+)?(next\\s+year|nxt\\s+year))?\\b(?!\\s+(?:camp|school|club|job|fair|fete|scheme|term|holidays?|hols|break|vacation|activities|programme|program|course|sports?))`),
    strong: (m) => /^(?:by|b4|before|befor|bfore|until|untill|till|til|at|in|for|during|within|to|over|end|the\s+end)|next|nxt|this|coming|20\d\d/.test(m[0]),
    resolve: (m, c) => {
      const qualifier = m[1] ?? '';
      const season = m[2] ?? '';
      // "summer next year": that season in next calendar year.
      const year = m[3] ? Number(m[3]) : m[4] ? c.today.year + 1 : undefined;
      if (season === 'fall' && !qualifier && !/^(?:by|before|until|in\s+the)\b/.test(m[0])) return null;
      if (/^s(?:umm?er|umma)/.test(season)) return summer(c, qualifier, year);
      if (season === 'winter') return year !== undefined ? termEnd(year, 'autumn') : nextTermEnd(c.today, 'autumn');
      return namedTerm(c, termOf(season), /next|nxt|coming/.test(qualifier), year);
    },
  },
];
