import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { analyseStatement } from '../../src/language/analyseStatement';
import { detectConcernWithReading } from '../../src/language/concern';
import { CONCERN_TRAINING_FILES, readConcernFile, readStatements } from '../../src/language/corpus';

/** Where the corpus's verdicts are kept (see scripts/verdicts.ts). */
export const VERDICTS_SNAPSHOT = join(__dirname, 'verdicts.snapshot.json');

/** A fixed day and school year for messages that carry none (the concern corpus). */
const CONTEXT = { today: '2026-03-02', schoolYear: 10 };

const short = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 10);

/**
 * Per corpus file, one hash per line of: the whole statement analysis, and for concern messages the
 * concern verdict with the reader's rule, families, probability and category as well; with
 * `lines`, each verdict whole as well, for --dump.
 */
export function corpusVerdicts(options: { lines?: boolean } = {}): { hashes: Record<string, string>; lines: string[] } {
  const hashes: Record<string, string> = {};
  const lines: string[] = [];
  for (const split of ['train', 'heldout'] as const) {
    hashes[`statements.${split}`] = readStatements(split)
      .map((s) => {
        const analysis = analyseStatement(s.text, s);
        if (options.lines) lines.push(JSON.stringify({ id: s.id, analysis }));
        return short(analysis);
      })
      .join(' ');
  }
  for (const file of CONCERN_TRAINING_FILES) {
    hashes[file] = readConcernFile(file)
      .map((m) => {
        // Read once: the verdict, the reading behind it, and the analysis (which finds the verdict remembered).
        const { concern, reading } = detectConcernWithReading(m.text);
        const { cleared, rule, families, ruleCategories, probability, modelCategory, countered } = reading;
        const verdict = {
          concern,
          reading: { cleared, rule, families, ruleCategories, probability, modelCategory, countered },
          analysis: analyseStatement(m.text, CONTEXT),
        };
        if (options.lines) lines.push(JSON.stringify({ id: m.id, ...verdict }));
        return short(verdict);
      })
      .join(' ');
  }
  return { hashes, lines };
}
