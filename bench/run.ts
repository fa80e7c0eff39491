import { mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { idleStreams } from './idleStreams';
import { directLineJourney, runJourneys, type RunResult, type TurnFailure } from './driver';
import { buildServer, startEchoBot, startOutcomesBot, type ServerProcess } from './processes';
import { JOURNEY } from './script';
import { seedConversations } from './seed';
import { sqliteFileName } from '../src/storage/sqliteDatabase';

/**
 * `npm run bench [-- --quick]`: Outcomes Bot against a bare botbuilder echo bot, each in its own
 * process, driven from this one. Every load walks the whole journey in typed answers through
 * /api/messages (deliveryMode expectReplies); the two bots take turns in the order A B B A, and
 * each figure is a ratio of measurements from the same round (ours / echo), so machines of any
 * speed compare. Writes bench/results.json and prints a table.
 */
const quick = process.argv.includes('--quick');
const settings = {
  rounds: quick ? 1 : 3,
  concurrency: quick ? [1, 10] : [1, 50],
  /** Journeys each conversation walks one after another, per measurement, by concurrency. */
  journeysAlone: quick ? 1 : 3,
  seeded: quick ? [100, 2_000] : [100, 100_000],
  seededConcurrency: quick ? 10 : 50,
  diskJourneys: quick ? 3 : 20,
  startups: quick ? 1 : 3,
  idleStreams: 1_000,
  idleWindowMs: quick ? 5_000 : 15_000,
};

interface Measurement {
  turns: number;
  p50Ms: number;
  p99Ms: number;
  turnsPerSecond: number;
  cpuMsPerTurn: number;
}

const failures: Array<TurnFailure & { where: string }> = [];
const scratch: string[] = [];

function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `outcomes-bench-${name}-`));
  scratch.push(dir);
  return dir;
}

async function measure(server: ServerProcess, conversations: number, journeys: number, check: boolean): Promise<{ run: RunResult; cpuMs: number }> {
  const cpuBefore = server.cpuMs();
  const run = await runJourneys(server.url, { conversations, journeys, check });
  const cpuMs = server.cpuMs() - cpuBefore;
  failures.push(...run.failures.map((f) => ({ ...f, where: `${server.name}, ${conversations} conversations` })));
  return { run, cpuMs };
}

/** Latencies of several runs pooled, CPU summed: one measurement. */
function summarise(parts: Array<{ run: RunResult; cpuMs: number }>): Measurement {
  const latencies = parts.flatMap((p) => p.run.latencies).sort((a, b) => a - b);
  const turns = latencies.length;
  const elapsedMs = parts.reduce((n, p) => n + p.run.elapsedMs, 0);
  const cpuMs = parts.reduce((n, p) => n + p.cpuMs, 0);
  const at = (q: number) => latencies[Math.min(turns - 1, Math.floor(q * turns))] ?? Number.NaN;
  return { turns, p50Ms: at(0.5), p99Ms: at(0.99), turnsPerSecond: (turns / elapsedMs) * 1000, cpuMsPerTurn: cpuMs / Math.max(1, turns) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const r2 = (n: number) => Math.round(n * 100) / 100;

interface Comparison {
  a: Measurement;
  b: Measurement;
  /** b / a for latency and CPU, b / a for throughput too (so < 1 means slower). */
  ratios: { p50: number; p99: number; throughput: number; cpuPerTurn: number };
}

/**
 * Rounds of A B B A; each round gives one ratio per figure, and the median round is reported.
 * The absolute figures are the medians of each server's rounds.
 */
async function compare(a: ServerProcess, b: ServerProcess, conversations: number, journeys: number, check: { a: boolean; b: boolean }): Promise<Comparison> {
  const rounds: Array<{ a: Measurement; b: Measurement }> = [];
  for (let round = 0; round < settings.rounds; round++) {
    const a1 = await measure(a, conversations, journeys, check.a);
    const b1 = await measure(b, conversations, journeys, check.b);
    const b2 = await measure(b, conversations, journeys, check.b);
    const a2 = await measure(a, conversations, journeys, check.a);
    rounds.push({ a: summarise([a1, a2]), b: summarise([b1, b2]) });
  }
  const figure = (side: 'a' | 'b', key: keyof Measurement) => r2(median(rounds.map((r) => r[side][key])));
  const ratio = (key: keyof Measurement) => r2(median(rounds.map((r) => r.b[key] / r.a[key])));
  const pick = (side: 'a' | 'b'): Measurement => ({
    turns: rounds.reduce((n, r) => n + r[side].turns, 0),
    p50Ms: figure(side, 'p50Ms'),
    p99Ms: figure(side, 'p99Ms'),
    turnsPerSecond: figure(side, 'turnsPerSecond'),
    cpuMsPerTurn: figure(side, 'cpuMsPerTurn'),
  });
  return {
    a: pick('a'),
    b: pick('b'),
    ratios: { p50: ratio('p50Ms'), p99: ratio('p99Ms'), throughput: ratio('turnsPerSecond'), cpuPerTurn: ratio('cpuMsPerTurn') },
  };
}

/** Statements analysed per second, in a process of its own (one core), model loading excluded. */
function benchLanguage(): { statementsPerSecond: number; modelLoadMs: number } {
  const args = ['--import', 'tsx', path.join(__dirname, 'language.ts'), ...(quick ? ['--quick'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  const line = result.stdout.split('\n').find((l) => l.startsWith('{'));
  if (result.status !== 0 || !line) throw new Error(`language benchmark failed: ${result.stderr.slice(-2000)}`);
  return JSON.parse(line) as { statementsPerSecond: number; modelLoadMs: number };
}

/** Bytes the database grows by per journey finished through the web chat channel (transcript included). */
async function bytesPerJourney(): Promise<{ journeys: number; bytesPerJourney: number }> {
  const dataDir = tempDir('disk');
  const file = path.join(dataDir, sqliteFileName);
  const sizeOf = () => ['', '-wal', '-shm'].reduce((n, suffix) => n + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
  const empty = await startOutcomesBot({ dataDir, name: 'outcomes-bot (disk)' });
  await empty.stop();
  const before = sizeOf();
  const server = await startOutcomesBot({ dataDir, name: 'outcomes-bot (disk)' });
  try {
    for (let i = 0; i < settings.diskJourneys; i++) {
      failures.push(...(await directLineJourney(server.url)).map((f) => ({ ...f, where: 'web chat journey (disk)' })));
    }
  } finally {
    await server.stop();
  }
  return { journeys: settings.diskJourneys, bytesPerJourney: Math.round((sizeOf() - before) / settings.diskJourneys) };
}

/** A database holding about `count` stored conversations, made from one real short journey. */
async function seededDataDir(count: number): Promise<{ dataDir: string; conversations: number }> {
  const dataDir = tempDir(`seed-${count}`);
  const template = await startOutcomesBot({ dataDir, name: 'outcomes-bot (template)' });
  try {
    await runJourneys(template.url, { conversations: 1, check: true, turns: 12 });
  } finally {
    await template.stop();
  }
  return { dataDir, conversations: seedConversations(path.join(dataDir, sqliteFileName), count) };
}

const benchStart = Date.now();
const progress = (what: string) => process.stderr.write(`[${((Date.now() - benchStart) / 1000).toFixed(0)} s] ${what}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const when = new Date().toISOString();
  const results: Record<string, unknown> = { when, quick, rounds: settings.rounds, turnsPerJourney: JOURNEY.length, node: process.version };
  const rows: string[] = [];
  const row = (label: string, c: Comparison, goals: string) =>
    rows.push(
      `${label.padEnd(30)} p50 ${c.b.p50Ms.toFixed(1)} / ${c.a.p50Ms.toFixed(1)} ms (x${c.ratios.p50})  p99 x${c.ratios.p99}  ` +
        `throughput ${c.b.turnsPerSecond.toFixed(0)} / ${c.a.turnsPerSecond.toFixed(0)} turns/s (x${c.ratios.throughput})  ` +
        `CPU ${c.b.cpuMsPerTurn.toFixed(2)} / ${c.a.cpuMsPerTurn.toFixed(2)} ms per turn (x${c.ratios.cpuPerTurn})${goals}`,
    );

  try {
    // 1. Against the echo bot, alone and under load.
    const startups: number[] = [];
    progress('building Outcomes Bot as npm start does');
    buildServer();
    progress('starting the echo bot and Outcomes Bot');
    const echo = await startEchoBot();
    const ours = await startOutcomesBot({ dataDir: tempDir('ours') });
    startups.push(ours.firstReplyMs);
    try {
      await measure(echo, 5, 1, false);
      await measure(ours, 5, 1, true);
      const byConcurrency: Record<string, Comparison> = {};
      for (const conversations of settings.concurrency) {
        progress(`${conversations} conversation(s)`);
        const c = await compare(echo, ours, conversations, conversations === 1 ? settings.journeysAlone : 1, { a: false, b: true });
        byConcurrency[String(conversations)] = c;
        const goals = conversations === 1 ? '' : `  [goals: p50, CPU <= x1.5; throughput >= x0.67]`;
        row(`${conversations} conversation${conversations === 1 ? '' : 's'} (ours / echo)`, c, goals);
      }
      results.againstEcho = byConcurrency;
      results.echoFirstReplyMs = Math.round(echo.firstReplyMs);
    } finally {
      await ours.stop();
      await echo.stop();
    }

    // 2. Turn cost with few and with many stored conversations.
    const [few, many] = settings.seeded as [number, number];
    progress('seeding stored conversations');
    const fewDir = await seededDataDir(few);
    const manyDir = await seededDataDir(many);
    const small = await startOutcomesBot({ dataDir: fewDir.dataDir, name: `outcomes-bot (${fewDir.conversations} stored)` });
    const large = await startOutcomesBot({ dataDir: manyDir.dataDir, name: `outcomes-bot (${manyDir.conversations} stored)` });
    startups.push(small.firstReplyMs, large.firstReplyMs);
    try {
      await measure(small, 5, 1, true);
      await measure(large, 5, 1, true);
      progress('few and many stored conversations');
      const c = await compare(small, large, settings.seededConcurrency, 1, { a: true, b: true });
      results.storedConversations = { few: fewDir.conversations, many: manyDir.conversations, ...c };
      row(`${manyDir.conversations} / ${fewDir.conversations} stored`, c, '  [goal: CPU, p50 within x1.1]');
    } finally {
      await small.stop();
      await large.stop();
    }

    // 3. Start-up, disk, language.
    for (let i = startups.length; i < settings.startups; i++) {
      const again = await startOutcomesBot({ dataDir: tempDir('startup') });
      startups.push(again.firstReplyMs);
      await again.stop();
    }
    results.firstReplyMs = Math.round(median(startups));
    rows.push(`first reply after start         ${results.firstReplyMs} ms (median of ${startups.length})  [goal: <= 1500 ms]`);
    progress(`${settings.idleStreams} idle web chat streams`);
    const quiet = await startOutcomesBot({ dataDir: tempDir('streams'), name: 'outcomes-bot (streams)' });
    try {
      const streams = await idleStreams(quiet, settings.idleStreams, settings.idleWindowMs);
      results.idleStreams = streams;
      rows.push(
        `${streams.streams} open idle streams        ${streams.withStreamsCorePercent}% of a core (${streams.idleCorePercent}% with none open)  [goal: < 2%]`,
      );
    } finally {
      await quiet.stop();
    }
    progress('disk');
    const disk = await bytesPerJourney();
    results.disk = disk;
    rows.push(`disk per finished journey       ${(disk.bytesPerJourney / 1024).toFixed(1)} KB (${disk.journeys} web chat journeys)  [goal: <= 200 KB]`);
    progress('language');
    const language = benchLanguage();
    results.language = language;
    rows.push(`analysis                        ${language.statementsPerSecond} statements/s on one core  [goal: >= 10000]`);
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }

  results.failedTurns = failures;
  results.seconds = Math.round((Date.now() - started) / 1000);
  if (failures.length > 0) {
    const list = failures.slice(0, 10).map((f) => `  ${f.where}: turn ${f.turn} "${f.said ?? '(start)'}" expected ${f.expected}, got ${f.got}`);
    writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify({ when, quick, failedTurns: failures }, null, 2)}\n`);
    throw new Error(`${failures.length} turns did not reach the expected question; no figures reported:\n${list.join('\n')}`);
  }
  writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `Outcomes Bot benchmark, ${when}${quick ? ' (quick)' : ''}: ${JOURNEY.length} typed turns a journey, ` +
      `${settings.rounds} round(s) of A B B A, ratios ours / baseline\n${rows.join('\n')}\n(${results.seconds} s)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
