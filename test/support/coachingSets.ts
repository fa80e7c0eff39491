import { readFileSync } from 'node:fs';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * How a coaching set is judged: what the bot did with each answer at the outcome step, the "by
 * when" step and the hopes step, against what the definitions say it must do.
 */

export interface CoachingRow {
  step: 'outcome.step' | 'outcome.when' | 'hopes.dream';
  who: 'young_person' | 'parent';
  age: number;
  schoolYear?: number | null;
  today?: string;
  hope?: string;
  text: string;
  action: string;
  date?: string;
  provision_text?: string;
}

export function loadCoachingSet(file: string): CoachingRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CoachingRow);
}

const TODAY = '2026-12-02';

function contextOf(row: CoachingRow): CoachContext {
  const schoolYear = typeof row.schoolYear === 'number' ? row.schoolYear : undefined;
  const earlyYears = schoolYear !== undefined ? schoolYear <= 0 : row.age < 5;
  return { today: row.today ?? TODAY, age: row.age, earlyYears, ...(schoolYear !== undefined ? { schoolYear } : {}) };
}

const overlap = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/** What the bot did with one row, and whether that is what the row says it must do. */
/**
 * How a set dates the end of a school or college year. The plan's calendar ends Year N in July; a
 * writer who took the academic year's last day (31 August) means the same end, so such a set is
 * judged with `yearEndsInAugust` and a July date of the same year agrees with its August one.
 */
export interface SetReading {
  yearEndsInAugust?: boolean;
}

export function judgeCoaching(row: CoachingRow, reading: SetReading = {}): { got: string; right: boolean } {
  const context = contextOf(row);
  if (row.step === 'hopes.dream') {
    const got = coachHope(row.text);
    return { got, right: got === row.action };
  }
  if (row.step === 'outcome.when') {
    const read = readWhenAnswer(row.text, context);
    const action = read.target ? 'target' : 'accept';
    // The set gives the last day of the period meant; the calendar ends a term on its last school
    // day, so the month is what must agree (and the exact day for spans counted from today).
    const date = read.timeframe?.date ?? 'none';
    // Sets name a dated answer 'accept' or 'date'; a target may come without the date it means.
    const wanted = row.action === 'date' ? 'accept' : row.action;
    // "Summer" ends with the summer term for the calendar and with August for some writers: both
    // are the end of the period meant (the sets' definitions differed on it).
    const summerEnd = /summer/i.test(row.text) && row.date?.slice(5, 7) === '08' && date.slice(0, 4) === row.date.slice(0, 4) && date.slice(5, 7) === '07';
    const augustYearEnd = reading.yearEndsInAugust === true && row.date?.slice(5, 10) === '08-31' && date.slice(0, 7) === `${row.date.slice(0, 4)}-07`;
    const sameMonth = row.date === undefined || date.slice(0, 7) === row.date.slice(0, 7) || summerEnd || augustYearEnd;
    return { got: `${action} ${date} "${read.timeframe?.phrase ?? ''}"`, right: action === wanted && sameMonth && read.timeframe?.phrase === row.text.trim() };
  }
  const coached = coachStep(row.text, context);
  let right = coached.action === row.action;
  if (right && row.provision_text) right = coached.support !== null && overlap(coached.support, row.provision_text);
  return { got: `${coached.action}${coached.support ? ` [support: ${coached.support}]` : ''}`, right };
}

/**
 * Scores a set, printing the share right per step and action, and every miss unless `quiet` (a
 * held-back part is scored without showing what it missed, so nothing is tuned on it).
 */
export function scoreCoaching(name: string, set: CoachingRow[], { quiet = false, ...reading }: { quiet?: boolean } & SetReading = {}): number {
  const byAction = new Map<string, { right: number; all: number }>();
  const misses: string[] = [];
  for (const row of set) {
    const { got, right } = judgeCoaching(row, reading);
    const key = `${row.step} ${row.action}`;
    const tally = byAction.get(key) ?? { right: 0, all: 0 };
    byAction.set(key, { right: tally.right + Number(right), all: tally.all + 1 });
    if (!right) misses.push(`${key} | age ${row.age} | "${row.text.slice(0, 80)}" -> ${got}${row.date ? ` (want ${row.date})` : ''}`);
  }
  const right = set.length - misses.length;
  const table = [...byAction].map(([key, t]) => `${key.padEnd(32)} ${t.right}/${t.all}`).join('\n');
  const shown = !quiet && misses.length ? `\nmisses:\n${misses.join('\n')}` : '';
  console.log(`${name}: ${right}/${set.length} (${((100 * right) / set.length).toFixed(1)}%)\n${table}${shown}`);
  return right / set.length;
}
