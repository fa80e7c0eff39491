/**
 * npm run content:check: prints how readable each namespace is in both registers, then every
 * sentence that breaks a content rule. Exits 1 when any does.
 */
import { checkContent, readabilityTable, type ReadabilityRow } from '../src/i18n/contentCheck';

function pad(value: string | number, width: number): string {
  const text = String(value);
  return typeof value === 'number' ? text.padStart(width) : text.padEnd(width);
}

function printTable(rows: readonly ReadabilityRow[]): void {
  const header = `${pad('namespace', 14)} ${pad('register', 10)} ${pad('words', 6)} ${pad('sent.', 6)} ${pad('longest', 8)} ${pad('ease', 6)} ${pad('grade', 6)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    console.log(
      `${pad(r.namespace, 14)} ${pad(r.mode, 10)} ${pad(r.words, 6)} ${pad(r.sentences, 6)} ${pad(r.longestSentenceWords, 8)} ${pad(r.fleschReadingEase, 6)} ${pad(r.grade, 6)}`,
    );
  }
  console.log('\nease: Flesch reading ease (higher is easier; 60-70 is plain English). grade: Flesch-Kincaid grade.');
}

printTable(readabilityTable());
const problems = checkContent();
if (problems.length === 0) {
  console.log('\nEvery sentence follows the content rules.');
} else {
  console.log(`\n${problems.length} sentence problem(s):`);
  for (const p of problems) console.log(`  [${p.mode}] ${p.key} ${p.rule}: ${p.detail}\n      "${p.sentence}"`);
  process.exitCode = 1;
}
