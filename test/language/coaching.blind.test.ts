import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachHope, coachStep, type CoachContext } from '../../src/language/coaching';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * The frozen blind coaching set (test/blind/coaching.set1.jsonl, written from the definitions
 * alone): what the bot must do with answers at the outcome step, the "by when" step and the hopes
 * step. The set is never edited and no rule is tuned on its strings; misses are printed.
 */

interface Row {
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

const load = (file: string): Row[] =>
  readFileSync(resolve(__dirname, '../blind', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

const rows = load('coaching.set1.jsonl');
/** Written later by other hands from the same definitions, after the rules' last change, and never read while building. */
const secondSet = load('coaching.set2.jsonl');
/** Written by two more writers from the same definitions, frozen before the next change to the coaching rules. */
const thirdSet = load('coaching.set3.jsonl');

const TODAY = '2026-12-02';

function contextOf(row: Row): CoachContext {
  const schoolYear = typeof row.schoolYear === 'number' ? row.schoolYear : undefined;
  const earlyYears = schoolYear !== undefined ? schoolYear <= 0 : row.age < 5;
  return { today: row.today ?? TODAY, age: row.age, earlyYears, ...(schoolYear !== undefined ? { schoolYear } : {}) };
}

const overlap = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/** What the bot did with one row, and whether that is what the row says it must do. */
function judge(row: Row): { got: string; right: boolean } {
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
    const sameMonth = date.slice(0, 7) === row.date!.slice(0, 7);
    return { got: `${action} ${date} "${read.timeframe?.phrase ?? ''}"`, right: action === row.action && sameMonth && read.timeframe?.phrase === row.text.trim() };
  }
  const coached = coachStep(row.text, context);
  let right = coached.action === row.action;
  if (right && row.provision_text) right = coached.support !== null && overlap(coached.support, row.provision_text);
  return { got: `${coached.action}${coached.support ? ` [support: ${coached.support}]` : ''}`, right };
}

/** Scores a set, printing the share right per step and action and every miss. */
function score(name: string, set: Row[]): number {
  const byAction = new Map<string, { right: number; all: number }>();
  const misses: string[] = [];
  for (const row of set) {
    const { got, right } = judge(row);
    const key = `${row.step} ${row.action}`;
    const tally = byAction.get(key) ?? { right: 0, all: 0 };
    byAction.set(key, { right: tally.right + Number(right), all: tally.all + 1 });
    if (!right) misses.push(`${key} | age ${row.age} | "${row.text.slice(0, 80)}" -> ${got}${row.date ? ` (want ${row.date})` : ''}`);
  }
  const right = set.length - misses.length;
  const table = [...byAction].map(([key, t]) => `${key.padEnd(32)} ${t.right}/${t.all}`).join('\n');
  console.log(`${name}: ${right}/${set.length} (${((100 * right) / set.length).toFixed(1)}%)\n${table}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`);
  return right / set.length;
}

describe('blind coaching set 1', () => {
  it('does what the definitions say with at least 95% of the answers', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(score('coaching set 1', rows)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('blind coaching set 2 (reported beside set 1)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(secondSet.length).toBeGreaterThanOrEqual(250);
    // A floor against regressions: this set measures, it is not tuned on.
    expect(score('coaching set 2', secondSet)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 3 (reported beside sets 1 and 2)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(thirdSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on.
    expect(score('coaching set 3', thirdSet)).toBeGreaterThanOrEqual(0.8);
  });
});
