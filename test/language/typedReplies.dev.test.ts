import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyMeaning } from '../../src/language/replyMeaning';

/**
 * A development set of typed replies (test/language/typedReplies.dev.jsonl), written from the
 * question definitions in test/blind/typed-questions.md and read openly while the readers are
 * improved: hesitations, spelling notes, nicknames, refusals in many words, hedged yes and no, a
 * little Polish, Urdu and Spanish, helpers typing for a young person. It is not a blind measure;
 * the frozen sets in test/blind are that.
 */
interface Line {
  step: string;
  text: string;
  meaning: Record<string, unknown>;
}

const lines: Line[] = readFileSync(join(__dirname, 'typedReplies.dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);

const words = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function same(expected: Record<string, unknown>, got: Record<string, unknown> | undefined): boolean {
  if (!got) return false;
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'content' ? words(value) !== words(got.content) : value !== (got[key] ?? null)) return false;
  }
  return 'content' in expected || !got.content;
}

const steps = [...new Set(lines.map((l) => l.step))];

describe('typed replies, development set', () => {
  it('holds at least 400 replies across the closed questions', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400);
    expect(steps.length).toBeGreaterThanOrEqual(18);
  });

  it.each(steps)('%s: at least 95% understood', (step) => {
    const set = lines.filter((l) => l.step === step);
    const misses = set.map((line) => ({ line, got: replyMeaning(step, line.text) })).filter(({ line, got }) => !same(line.meaning, got));
    for (const { line, got } of misses) console.log(`[dev ${step}] ${JSON.stringify(line.text)} meant ${JSON.stringify(line.meaning)}, understood ${JSON.stringify(got ?? null)}`);
    const score = (set.length - misses.length) / set.length;
    console.log(`[dev ${step}] ${set.length - misses.length}/${set.length}`);
    expect(score).toBeGreaterThanOrEqual(0.95);
  });
});
