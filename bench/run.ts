import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { startEchoBot } from './echoBot';
import { runLoad, type LoadResult, type Route } from './load';

/**
 * `npm run bench [-- --quick]`: turn latency and throughput of Outcomes Bot against a bare echo
 * bot started in the same run, as ratios (ours / echo), so machines of any speed compare.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const conversations = 50;
  const turns = quick ? 6 : 20;
  const rounds = quick ? 1 : 3;

  const echo = await startEchoBot();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-bench-'));
  // Rate limits are for people; the benchmark's few addresses send thousands of turns a minute.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    TOKEN_REQUESTS_PER_MINUTE: '100000',
    MESSAGES_PER_MINUTE: '100000',
    MESSAGES_PER_MINUTE_PER_ADDRESS: '100000',
  });
  const ours = await startApp({ config, log: createLogger({ level: 'silent' }) });

  const results: Record<Route, { echo: LoadResult[]; ours: LoadResult[] }> = {
    apiMessages: { echo: [], ours: [] },
    directLine: { echo: [], ours: [] },
  };
  try {
    // Warm both up so the first measured turns do not pay for module loading and JIT.
    for (const route of ['apiMessages', 'directLine'] as const) {
      await runLoad(echo.url, route, { conversations: 5, turns: 3 });
      await runLoad(ours.url, route, { conversations: 5, turns: 3 });
    }
    // Alternate the two bots so drift in machine load falls on both.
    for (let round = 0; round < rounds; round++) {
      for (const route of ['apiMessages', 'directLine'] as const) {
        results[route].echo.push(await runLoad(echo.url, route, { conversations, turns }));
        results[route].ours.push(await runLoad(ours.url, route, { conversations, turns }));
      }
    }
  } finally {
    await ours.close();
    await echo.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const summary: Record<string, unknown> = { when: new Date().toISOString(), quick, conversations, turnsPerConversation: turns, rounds };
  const rows: string[] = [];
  for (const route of ['apiMessages', 'directLine'] as const) {
    const echoBest = best(results[route].echo);
    const oursBest = best(results[route].ours);
    const ratios = {
      p50: round2(oursBest.p50Ms / echoBest.p50Ms),
      p99: round2(oursBest.p99Ms / echoBest.p99Ms),
      throughput: round2(oursBest.turnsPerSecond / echoBest.turnsPerSecond),
    };
    summary[route] = { echo: echoBest, ours: oursBest, ratios };
    rows.push(
      `${route.padEnd(12)} p50 ${fmt(oursBest.p50Ms)} vs ${fmt(echoBest.p50Ms)} ms (x${ratios.p50})  ` +
        `p99 ${fmt(oursBest.p99Ms)} vs ${fmt(echoBest.p99Ms)} ms (x${ratios.p99})  ` +
        `throughput ${oursBest.turnsPerSecond.toFixed(0)} vs ${echoBest.turnsPerSecond.toFixed(0)} turns/s (x${ratios.throughput})`,
    );
  }

  const language = await benchLanguageIfPresent(quick);
  if (language) {
    summary.language = language;
    rows.push(`language     ${language.statementsPerSecond.toFixed(0)} statements/s, model load ${language.modelLoadMs.toFixed(0)} ms`);
  }

  writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`Outcomes Bot benchmark (${conversations} concurrent conversations; ratios are ours / echo bot)\n${rows.join('\n')}\n`);
  const errors = (['apiMessages', 'directLine'] as const).flatMap((route) => [...results[route].echo, ...results[route].ours]).reduce((n, r) => n + r.errors, 0);
  if (errors > 0) throw new Error(`${errors} turns failed: the figures above are not comparable`);
  const apiRatio = (summary.apiMessages as { ratios: { p50: number } }).ratios.p50;
  process.stdout.write(`p50 ratio through /api/messages: ${apiRatio} (goal <= 1.25)\n`);
}

/** The round with the lowest median: the one least disturbed by other work on the machine. */
function best(runs: LoadResult[]): LoadResult {
  return runs.reduce((a, b) => (b.p50Ms < a.p50Ms ? b : a));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => n.toFixed(1);

async function benchLanguageIfPresent(quick: boolean): Promise<{ statementsPerSecond: number; modelLoadMs: number } | undefined> {
  if (!existsSync(path.join(__dirname, 'language.ts'))) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('./language') as { benchLanguage?: (o: { quick: boolean }) => Promise<{ statementsPerSecond: number; modelLoadMs: number }> };
  return mod.benchLanguage ? await mod.benchLanguage({ quick }) : undefined;
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
