/**
 * `npx tsx scripts/verdicts.ts [--write] [--dump FILE]`: every verdict the statement analysis and the
 * concern reader give on the training corpus, one short hash per line, compared with (or, with
 * --write, saved to) test/language/verdicts.snapshot.json. Speed work on the readers must leave
 * every verdict as it was; a change of behaviour meant on purpose is saved again with --write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusVerdicts, VERDICTS_SNAPSHOT } from '../test/language/verdicts';

const dumpAt = process.argv.indexOf('--dump');
const { hashes, lines } = corpusVerdicts({ lines: dumpAt > 0 });
if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1]!, lines.join('\n') + '\n');
if (process.argv.includes('--write')) {
  writeFileSync(VERDICTS_SNAPSHOT, `${JSON.stringify(hashes, null, 1)}\n`);
  process.stdout.write(`saved ${Object.values(hashes).reduce((n, h) => n + h.split(' ').length, 0)} verdicts to ${VERDICTS_SNAPSHOT}\n`);
} else {
  const saved = JSON.parse(readFileSync(VERDICTS_SNAPSHOT, 'utf8')) as Record<string, string>;
  const changes = Object.entries(hashes).flatMap(([file, line]) => {
    const before = (saved[file] ?? '').split(' ');
    const now = line.split(' ');
    const changed = Array.from({ length: Math.max(now.length, before.length) }, (_, i) => i).flatMap((i) => (now[i] === before[i] ? [] : [i + 1]));
    return changed.length > 0 || saved[file] === undefined ? [`${file}: ${saved[file] === undefined ? 'not in the snapshot' : `lines ${changed.join(', ')}`}`] : [];
  });
  const gone = Object.keys(saved).filter((file) => hashes[file] === undefined);
  for (const file of gone) changes.push(`${file}: in the snapshot, no longer read`);
  process.stdout.write(changes.length === 0 ? 'no changes: every verdict is the one saved\n' : `verdicts changed:\n${changes.join('\n')}\n`);
  if (changes.length > 0) process.exitCode = 1;
}
