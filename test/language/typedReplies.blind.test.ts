import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyMeaning } from '../../src/language/replyMeaning';

/**
 * The frozen blind set of typed replies (test/blind/typed-replies.set1.jsonl), written from the
 * questions alone. Every line goes through the same readers the dialogs use; each step must get
 * at least 97% right, and every miss is printed.
 */
interface Line {
  step: string;
  text: string;
  meaning: Record<string, unknown>;
}

const lines: Line[] = readFileSync(join(__dirname, '../blind/typed-replies.set1.jsonl'), 'utf8')
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

/** Whether what the readers understood is what the writer meant (content compared word for word). */
function same(step: string, expected: Record<string, unknown>, got: Record<string, unknown> | undefined): boolean {
  if (!got) return false;
  if (step === 'any') return expected.command === got.command;
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'asked') continue;
    if (key === 'content') {
      if (words(value) !== words(got.content)) return false;
      continue;
    }
    if (value !== (got[key] ?? null)) return false;
  }
  // Content the writer did not mean is a miss too ("yes please" is not a new hope called "please").
  if (!('content' in expected) && got.content) return false;
  return true;
}

const steps = [...new Set(lines.map((l) => l.step))];

describe('typed replies, blind set 1', () => {
  it('holds replies for every closed question', () => {
    expect(steps.length).toBeGreaterThanOrEqual(18);
    expect(lines.length).toBeGreaterThan(700);
  });

  it.each(steps)('%s: at least 97% understood', (step) => {
    const set = lines.filter((l) => l.step === step);
    const misses = set
      .map((line) => ({ line, got: replyMeaning(step, line.text) }))
      .filter(({ line, got }) => !same(step, line.meaning, got));
    const score = (set.length - misses.length) / set.length;
    for (const { line, got } of misses) console.log(`[${step}] ${JSON.stringify(line.text)} meant ${JSON.stringify(line.meaning)}, understood ${JSON.stringify(got ?? null)}`);
    console.log(`[${step}] ${set.length - misses.length}/${set.length} = ${(score * 100).toFixed(1)}%`);
    expect(score).toBeGreaterThanOrEqual(0.97);
  });
});
