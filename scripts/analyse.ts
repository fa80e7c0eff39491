/**
 * npm run --silent analyse: the language analysis contract of DESIGN.md.
 *
 * Reads JSON lines {"id","text","today","dateOfBirth"?,"schoolYear"?} on stdin and writes one JSON
 * line per input, in order: {"id","kind","theme","smart","timeframe","jargon","safeguarding"}. A
 * line that cannot be analysed gets {"id", "error"} (id = its line number when it has none) and the
 * rest go on. The exit code is 0 unless stdin cannot be read.
 */
import { createInterface } from 'node:readline';
import { analyseLine } from '../src/language/analyseLine';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    process.stdout.write(`${buffer.join('\n')}\n`);
    buffer = [];
  };
  for await (const line of lines) {
    lineNumber += 1;
    buffer.push(JSON.stringify(analyseLine(line, lineNumber)));
    if (buffer.length >= 256) flush();
  }
  flush();
}

main().catch((error: unknown) => {
  process.stderr.write(`analyse: cannot read stdin: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
