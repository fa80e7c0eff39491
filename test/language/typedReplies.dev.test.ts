import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTypedReplies, missesAt } from '../support/typedReplySets';

/**
 * A development set of typed replies (test/language/typedReplies.dev.jsonl), written from the
 * question definitions in test/blind/typed-questions.md and read openly while the readers are
 * improved: hesitations, spelling notes, nicknames, refusals in many words, hedged yes and no, a
 * little Polish, Urdu and Spanish, helpers typing for a young person. It is not a blind measure;
 * the frozen sets in test/blind are that.
 */
const lines = loadTypedReplies(join(__dirname, 'typedReplies.dev.jsonl'));
const steps = [...new Set(lines.map((l) => l.step))];

describe('typed replies, development set', () => {
  it('holds at least 400 replies across the closed questions', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400);
    expect(steps.length).toBeGreaterThanOrEqual(18);
  });

  it.each(steps)('%s: at least 95% understood', (step) => {
    const size = lines.filter((l) => l.step === step).length;
    const misses = missesAt(lines, step);
    for (const { line, got } of misses) console.log(`[dev ${step}] ${JSON.stringify(line.text)} meant ${JSON.stringify(line.meaning)}, understood ${JSON.stringify(got ?? null)}`);
    console.log(`[dev ${step}] ${size - misses.length}/${size}`);
    expect((size - misses.length) / size).toBeGreaterThanOrEqual(0.95);
  });
});
