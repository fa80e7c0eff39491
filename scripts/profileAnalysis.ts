/**
 * `npx tsx scripts/profileAnalysis.ts [statements]`: the analysis of the held-out statements under
 * the profiler, after a warm-up, then the 25 functions with the most self time (the profile is
 * written to bench/profiles/analysis.cpuprofile for Chrome DevTools).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { analyseStatement } from '../src/language/analyseStatement';
import { loadModels } from '../src/language/model';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 20_000);
  const file = path.join(__dirname, '..', 'data', 'language', 'statements.heldout.jsonl');
  const statements = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; today: string });
  loadModels();
  for (let i = 0; i < 2000; i++) analyseStatement(statements[i % statements.length]!.text, statements[i % statements.length]!);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const start = process.hrtime.bigint();
  for (let i = 0; i < total; i++) analyseStatement(statements[i % statements.length]!.text, statements[i % statements.length]!);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { profile } = await session.post('Profiler.stop');
  const dir = path.join(__dirname, '..', 'bench', 'profiles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'analysis.cpuprofile'), JSON.stringify(profile));
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const self = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const { callFrame } = nodes.get(id)!;
    const key = `${callFrame.functionName || '(anonymous)'} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas![i]!);
  });
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${Math.round(total / seconds)} statements a second (profiler on)`);
  for (const [key, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
