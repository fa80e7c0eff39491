/**
 * `npx tsx scripts/verdicts.ts [--write] [--dump FILE]`: every verdict the statement analysis and the
 * concern reader give on the training corpus, one short hash per line, compared with (or, with
 * --write, saved to) test/language/verdicts.snapshot.json. Speed work on the readers must leave
 * every verdict as it was; a change of behaviour meant on purpose is saved again with --write.
 */
import { writeFileSync } from 'node:fs';
import { corpusVerdicts, VERDICTS_SNAPSHOT } from '../test/language/verdicts';

const dumpAt = process.argv.indexOf('--dump');
const { hashes, lines } = corpusVerdicts();
if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1]!, lines.join('\n') + '\n');
if (process.argv.includes('--write')) {
  writeFileSync(VERDICTS_SNAPSHOT, `${JSON.stringify(hashes, null, 1)}\n`);
  process.stdout.write(`saved ${Object.values(hashes).reduce((n, h) => n + h.split(' ').length, 0)} verdicts to ${VERDICTS_SNAPSHOT}\n`);
}
