import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runJourneys } from './driver';
import { buildServer, startOutcomesBot } from './processes';

/**
 * `npx tsx bench/profile.ts [conversations] [journeys]`: Outcomes Bot under the benchmark's typed
 * journeys with `--cpu-prof`, then the functions and files that took the most CPU (self time).
 * The profile is kept in bench/profiles/ for Chrome DevTools. With `--source` the server runs from
 * its TypeScript files (through tsx) instead of the bundle, so the listing names our own files.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock the profiler stamps its samples with. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function main(): Promise<void> {
  const fromSource = process.argv.includes('--source');
  const [conversationsArg, journeysArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const conversations = Number(conversationsArg ?? 10);
  const journeys = Number(journeysArg ?? 3);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-profile-'));
  const profiles = path.join(__dirname, 'profiles');
  rmSync(profiles, { recursive: true, force: true });
  if (!fromSource) buildServer();
  const server = await startOutcomesBot({
    dataDir,
    nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
    ...(fromSource ? { entry: path.join('bots', 'main.ts') } : {}),
  });
  // Only the measured load counts: start-up, the language warm-up and a first pass that fills
  // caches and lets the JIT settle are left out of the figures.
  let window = { from: 0, to: Infinity };
  try {
    await runJourneys(server.url, { conversations, journeys: 1, check: true });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const from = nowUs();
    const run = await runJourneys(server.url, { conversations, journeys, check: true });
    window = { from, to: nowUs() };
    process.stderr.write(`${run.turns} turns, ${run.failures.length} failures\n`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const file = readdirSync(profiles).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  writeFileSync(path.join(profiles, 'window.json'), `${JSON.stringify(window)}\n`);
  const profile = JSON.parse(readFileSync(path.join(profiles, file), 'utf8')) as Profile;
  const self = new Map<number, number>();
  let stamp = profile.startTime;
  profile.samples.forEach((id, i) => {
    stamp += profile.timeDeltas[i] ?? 0;
    if (stamp >= window.from && stamp <= window.to) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    total += us;
    const where = node.callFrame.url.replace(/^file:\/\//, '').replace(path.join(__dirname, '..'), '').replace(/^\/dist\//, '/');
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const area = where.includes('node_modules') ? where.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1') : where || node.callFrame.functionName;
    byFile.set(area, (byFile.get(area) ?? 0) + us);
  }
  // Inclusive time: each sample counts once for every distinct function of ours on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const where = frame.url.replace(/^file:\/\//, '').replace(path.join(__dirname, '..'), '').replace(/^\/dist\//, '/');
      if (where.includes('node_modules') || !/^\/(src|dialogs|bots)\//.test(where)) continue;
      const fn = `${frame.functionName || '(anonymous)'} ${where}`;
      if (!seen.has(fn)) inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
      seen.add(fn);
    }
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  process.stdout.write(`profile ${file}, ${(total / 1e6).toFixed(1)} s sampled\n\nby file or package:\n${top(byFile, 40)}\n\nby function:\n${top(byFunction, 40)}\n\nours, inclusive:\n${top(inclusive, 60)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
