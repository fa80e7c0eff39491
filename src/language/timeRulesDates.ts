/* Time phrases about the calendar: dates, months, spans of time ("in 6 weeks"), weeks, years, weekdays. */
import {
  addDays,
  addMonths,
  addYears,
  type CalendarDate,
  compareDates,
  currentTerm,
  date,
  dayOfWeek,
  endOfMonth,
  fridayOfWeek,
  parseIsoDate,
  schoolYearInProgress,
  termEnd,
} from '../domain/schoolCalendar';
import type { Rule } from './timeContext';
import { NUM, BY, NEXT, END_OF, MONTH_NUMBER, MONTH, AMBIGUOUS_MONTHS, rx } from './timePatterns';
import { namedTerm, christmas, summer, monthEnd, dayInMonth, quantity, afterDuration, weekday } from './timeResolvers';

/** The units a span of time is counted in. */
const SPAN_UNIT = 'days?|weeks?|wks?|fortnights?|months?|mths?|mnths?|terms?|years?|yrs?';

/** The end of the month before `end`; a year said or not, never a month already gone. */
function monthBefore(c: { today: CalendarDate }, end: CalendarDate, yearSaid: boolean): CalendarDate {
  const before = end.month === 1 ? endOfMonth(end.year - 1, 12) : endOfMonth(end.year, end.month - 1);
  return !yearSaid && compareDates(before, c.today) < 0 ? endOfMonth(before.year + 1, before.month) : before;
}

/** A count said with "and a half" ("a year and a half", "two and a half years") is half a unit more. */
function halfMore(n: number | null, said: string): number | null {
  return n !== null && /\band\s+a\s+half\b/.test(said) ? n + 0.5 : n;
}

export const DATE_RULES: readonly Rule[] = [
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
  // "by the 15th", "before the deadline on the 1st": a day of the month said alone as when something is due
  // is the next day of that number ("I get paid on the 28th" says when, not by when)
  {
    re: rx(`\\b(?:by|b4|before|until|till|til|(?:deadline|due|closing\\s+date|hand[\\s-]?in\\s+date)\\s+(?:is\\s+)?(?:on|by))\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s*(?:of\\b|-|(?:floor|birthday|time|try|go|attempt|place|century|anniversary|lesson|day|week|month|year|grade|class|row|team|page|step|level|stage|chapter|lap|round|book|one)\\b))`),
    strong: true,
    resolve: (m, c) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      // This month if the day is still ahead in it, else the next month that has that day.
      let month = c.today.day < day ? date(c.today.year, c.today.month, 1) : addMonths(date(c.today.year, c.today.month, 1), 1);
      while (endOfMonth(month.year, month.month).day < day) month = addMonths(month, 1);
      return date(month.year, month.month, day);
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
      const end = monthEnd(c, month, m[3], year, m[2] ?? '');
      // "before september 2027" is done by the end of August 2027: the end of the month before.
      if (!m[2] && /^(?:before|b4|befor|bfore)$/.test(m[1] ?? '')) return monthBefore(c, end, year !== null);
      return end;
    },
  },
  // "in 6 weeks", "within six months", "over the next 2 years", "in a couple of months' time", "in 2 terms",
  // "in a year and a half"
  {
    re: rx(`\\b(?:in|within|inside|over|after|by|for)\\s+(?:(?:the\\s+next|the\\s+coming|the\\s+following)\\s+(?:about\\s+|around\\s+)?(a|an|one|a\\s+couple\\s+of|couple\\s+of|a\\s+few|few|several|${NUM})?|(?:about\\s+|around\\s+|roughly\\s+|only\\s+|just\\s+)?(a|an|one|a\\s+couple\\s+of|couple\\s+of|a\\s+couple|a\\s+few|few|several|half\\s+a|${NUM})(?:\\s+and\\s+a\\s+half)?)\\s*-?\\s*(days?|weeks?|wks?|fortnights?|months?|mths?|mnths?|terms?|years?|yrs?)(?:\\s+and\\s+a\\s+half)?(?:'?s?\\s+time)?\\b(?![\\s-]*(?:olds?\\b|\\d))(?!\\s+(?:a|per|each|every)\\s+(?:day|week|wk|fortnight|month|term|year)\\b)(?![\\s-]+(?:jobs?|courses?|placements?|trips?|shifts?|sessions?|visits?|programmes?|block|residential)\\b)`),
    strong: true,
    // "a year and a half", "two and a half years": half as much again.
    resolve: (m, c) => afterDuration(c, halfMore(quantity((m[1] ?? m[2])?.replace(/\s+and\s+a\s+half$/, '')), m[0]), m[3] ?? ''),
  },
  // A span said as a range, "in a year or two", "2 or 3 years", "1-2 years": done by the later end.
  // "in a month or so": about that long, so that span.
  {
    re: rx(`\\b(?:(?:in|within|over|by|for)\\s+(?:the\\s+next\\s+|the\\s+coming\\s+)?(?:about\\s+|around\\s+|roughly\\s+|maybe\\s+)?)?(?:(?:a|an|one|${NUM})\\s*(?:or|to|-|\u2013)\\s*(${NUM})\\s*(${SPAN_UNIT})|(a|an|one|a\\s+couple\\s+of|a\\s+few|${NUM})\\s+(${SPAN_UNIT})\\s+or\\s+(so|${NUM}))(?:'?s?\\s+time)?\\b(?![\\s-]*(?:olds?\\b|older\\b|\\d))(?!\\s+(?:a|per|each|every)\\s+(?:day|week|wk|fortnight|month|term|year)\\b|\\s+at\\s+a\\s+time\\b)`),
    strong: true,
    resolve: (m, c) => (m[1] ? afterDuration(c, quantity(m[1]), m[2] ?? '') : afterDuration(c, quantity(m[5] === 'so' ? m[3] : m[5]), m[4] ?? '')),
  },
  // "6 months from now", "a year from today"
  {
    re: rx(`\\b(a|an|one|a\\s+couple\\s+of|a\\s+few|${NUM})\\s+(days?|weeks?|fortnights?|months?|terms?|years?|yrs?)\\s+(?:from\\s+(?:now|today)|time)\\b`),
    strong: true,
    resolve: (m, c) => afterDuration(c, quantity(m[1]), m[2] ?? ''),
  },
  // "by new year", "new years": the first of January ("chinese new year" is a festival of its own, timeRulesFestivals.ts)
  {
    re: rx(`\\b(?:(?:${BY})\\s+)?(?:the\\s+)?(?<!(?:chinese|lunar)\\s)new\\s+years?(?:'?s)?(?:\\s+day)?\\b(?!\\s+(?:resolution|party|eve\\s+party))`),
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
        const end = christmas(c, m[1] === 'next');
        return endOfMonth(end.year + 1, 1);
      }
      const end = word === 'easter' ? namedTerm(c, 'spring', m[1] === 'next') : summer(c, m[1] ?? '');
      return word === 'easter' ? endOfMonth(end.year, end.month + 1) : date(end.year, 9, 30);
    },
  },
  // "early next year", "mid next year", "by the middle of next year", "late next year": part of next year
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:the\\s+)?(early|earlier\\s+in|start\\s+of|beginning\\s+of|mid|mid-|middle\\s+of|half\\s*way\\s+through|late|later|latest)\\s*(?:next|nxt)\\s+(?:year|yr)\\b`),
    strong: true,
    resolve: (m, c) => {
      const part = m[1] ?? '';
      const year = c.today.year + 1;
      if (/^(?:early|earlier|start|beginning)/.test(part)) return endOfMonth(year, 3);
      if (/^(?:mid|middle|half)/.test(part)) return endOfMonth(year, 6);
      return date(year, 12, 31);
    },
  },
  // "this time next year"
  {
    re: rx(`\\b(?:by\\s+)?this\\s+time\\s+next\\s+(?:year|yr)\\b`),
    strong: true,
    resolve: (m, c) => addYears(c.today, 1),
  },
  // "this school year", "by the end of next academic year", "by end of college year"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?(?:(this|next|nxt|the)\\s+|(?<=\\bend\\s+of\\s+))(?:(?:school|academic|college)\\s+year|year\\s+(?:at|in)\\s+(?:college|school|sixth\\s+form|6th\\s+form))\\b`),
    strong: true,
    resolve: (m, c) => {
      const start = schoolYearInProgress(c.today) + (/next|nxt/.test(m[1] ?? '') ? 1 : 0);
      return termEnd(start, 'summer');
    },
  },
  // "by the end of my course", "when I finish my course", "till this course ends": a college course ends with the college year (July)
  {
    re: rx(`\\b(?:(?:${BY}\\s+)?${END_OF}(?:my|this|the)\\s+(?:college\\s+)?course|(?:when|once|by\\s+the\\s+time|before|until|till|til)\\s+(?:i|he|she|they)\\s+(?:finish|finishes|complete|completes|end|ends)\\s+(?:my|his|her|their|this|the)\\s+(?:college\\s+)?course|(?:when|once|by\\s+the\\s+time|before|until|till|til)\\s+(?:my|this|the)\\s+(?:college\\s+)?course\\s+(?:ends|finishes|is\\s+(?:over|done|finished)))\\b`),
    strong: true,
    resolve: (_m, c) => termEnd(schoolYearInProgress(c.today), 'summer'),
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
