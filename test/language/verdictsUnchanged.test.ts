import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusVerdicts, VERDICTS_SNAPSHOT } from './verdicts';

/**
 * The statement analysis and the concern reader give every training message the verdict they gave
 * when the snapshot was saved: work on their speed must not change what a young person is told.
 * A change of behaviour meant on purpose is saved again with `npx tsx scripts/verdicts.ts --write`.
 */
describe('verdicts on the training corpus', () => {
  it('are the ones saved, line by line', () => {
    const saved = JSON.parse(readFileSync(VERDICTS_SNAPSHOT, 'utf8')) as Record<string, string>;
    const { hashes } = corpusVerdicts();
    expect(Object.keys(hashes)).toEqual(Object.keys(saved));
    for (const [file, line] of Object.entries(hashes)) {
      const now = line.split(' ');
      const before = saved[file]!.split(' ');
      const changed = now.flatMap((h, i) => (h === before[i] ? [] : [i + 1]));
      expect({ file, lines: now.length, changed }).toEqual({ file, lines: before.length, changed: [] });
    }
  }, 120_000);
});
