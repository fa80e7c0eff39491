import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTypedReplies, missesAt } from '../support/typedReplySets';

/**
 * The frozen blind set of typed replies (test/blind/typed-replies.set1.jsonl), written from the
 * questions alone. Every line goes through the same readers the dialogs use; each step must get
 * at least 97% right, and every miss is printed.
 */
const load = (file: string) => loadTypedReplies(join(__dirname, '../blind', file));

const lines = load('typed-replies.set1.jsonl');
/** Written by other hands after the readers were built, and never read while building them: how well they generalise. */
const secondSet = load('typed-replies.set2.jsonl');

const steps = [...new Set(lines.map((l) => l.step))];

describe('typed replies, blind set 1', () => {
  it('holds replies for every closed question', () => {
    expect(steps.length).toBeGreaterThanOrEqual(18);
    expect(lines.length).toBeGreaterThan(700);
  });

  it.each(steps)('%s: at least 97% understood', (step) => {
    const set = lines.filter((l) => l.step === step);
    const misses = missesAt(lines, step);
    const score = (set.length - misses.length) / set.length;
    for (const { line, got } of misses) console.log(`[${step}] ${JSON.stringify(line.text)} meant ${JSON.stringify(line.meaning)}, understood ${JSON.stringify(got ?? null)}`);
    console.log(`[${step}] ${set.length - misses.length}/${set.length} = ${(score * 100).toFixed(1)}%`);
    expect(score).toBeGreaterThanOrEqual(0.97);
  });
});

describe('typed replies, blind set 2 (reported beside set 1)', () => {
  it("prints each step's share understood, and every miss", () => {
    let right = 0;
    for (const step of [...new Set(secondSet.map((l) => l.step))]) {
      const size = secondSet.filter((l) => l.step === step).length;
      const misses = missesAt(secondSet, step);
      right += size - misses.length;
      for (const { line, got } of misses) console.log(`[set 2 ${step}] ${JSON.stringify(line.text)} meant ${JSON.stringify(line.meaning)}, understood ${JSON.stringify(got ?? null)}`);
      console.log(`[set 2 ${step}] ${size - misses.length}/${size} = ${(((size - misses.length) / size) * 100).toFixed(1)}%`);
    }
    console.log(`[set 2 overall] ${right}/${secondSet.length} = ${((right / secondSet.length) * 100).toFixed(1)}%`);
    expect(secondSet.length).toBeGreaterThan(600);
    // A floor against regressions, well under the first set's 97%: this set measures, it is not tuned on.
    expect(right / secondSet.length).toBeGreaterThanOrEqual(0.8);
  });
});
