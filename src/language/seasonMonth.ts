import { namesSeason } from './timeRulesSport';

/*
 * "before the season starts in march", "by the end of next season, it finishes in may 2028": a
 * season read as a time, with the month (and maybe the year) it starts or ends said beside it. Not
 * every season runs from August to May, so the month said wins over the sport's calendar, and a
 * year said wins over the year guessed.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SHORT: Readonly<Record<string, number>> = { jan: 0, feb: 1, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
/** "may" and "march" are verbs too: a month only after a word that leads to a time ("in may") or before a year. */
const AFTER_LEAD = /\b(?:in|by|of|is|around|at|end|until|till|til|so|from)\s+$/;

interface MonthSaid {
  month: number;
  year?: number;
}

function monthsSaid(text: string): MonthSaid[] {
  const lower = text.toLowerCase();
  const found: MonthSaid[] = [];
  for (const m of lower.matchAll(/[a-z]+/g)) {
    const word = m[0];
    const full = MONTHS.indexOf(word);
    const month = full >= 0 ? full : SHORT[word];
    if (month === undefined) continue;
    const after = lower.slice(m.index + word.length);
    const year = /^\s*(20\d\d)\b/.exec(after)?.[1];
    if ((word === 'may' || word === 'march') && !year && !AFTER_LEAD.test(lower.slice(0, m.index))) continue;
    if (!found.some((f) => f.month === month)) found.push({ month, ...(year ? { year: Number(year) } : {}) });
  }
  return found;
}

const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * The end of the one month said beside a season read as `phrase` (date YYYY-MM-DD), in the year said
 * or else the one nearest the season's date and not before `today`; null when the phrase is no season,
 * no month or two months are said, or the month said is the season's own with no year said.
 */
export function seasonMonthSaid(said: string, phrase: string, date: string, today: string): string | null {
  if (!namesSeason(phrase) || monthsSaid(phrase).length > 0) return null;
  const months = monthsSaid(said);
  if (months.length !== 1) return null;
  const { month, year } = months[0]!;
  if (year !== undefined) return monthEnd(year, month);
  if (month === Number(date.slice(5, 7)) - 1) return null;
  const seasonYear = Number(date.slice(0, 4));
  const ends = [seasonYear - 1, seasonYear, seasonYear + 1].map((y) => monthEnd(y, month)).filter((end) => end >= today.slice(0, 10));
  if (ends.length === 0) return null;
  return ends.reduce((a, b) => (Math.abs(dayNumber(b) - dayNumber(date)) < Math.abs(dayNumber(a) - dayNumber(date)) ? b : a));
}
