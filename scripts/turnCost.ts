import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActivityTypes, DeliveryModes, TestAdapter, type Activity } from 'botbuilder';
import { JOURNEY } from '../bench/script';
import { createOutcomesBot } from '../bots/createBot';
import { createSessionServices } from '../bots/sessionServices';
import type { BotEdgeParts } from '../src/botEdge';
import { loadConfig } from '../src/config';
import { createWords } from '../src/i18n';
import { warmUpLanguage } from '../src/language';
import { createLogger } from '../src/log';
import { Safeguarding } from '../src/safeguarding/service';
import { createStores } from '../src/storage';

/**
 * `npx tsx scripts/turnCost.ts [journeys] [--built] [--profile] [--inclusive] [--steps]`: the benchmark's typed journey driven
 * through the bot's own turn handler in this process (a TestAdapter, real SQLite storage, the real
 * session services), so a turn's CPU is measured without HTTP, other processes or a loaded
 * machine's scheduling in the way. Prints CPU per turn (user + system, after a warm-up journey);
 * with `--profile`, also the 15 functions with the most self time over the measured journeys
 * (`--inclusive`: and our own functions with what they call; `--steps`: CPU of each turn of the script)
 * (the profile is written to bench/profiles/turns.cpuprofile for Chrome DevTools).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * `--built`: this script bundled as the server is (esbuild for Node 20, into dist/ so content and
 * models are found) and run with plain node, so the code measured is the code deployed: tsx
 * compiles for an older language level and turns some regular expressions into `new RegExp` calls.
 */
async function runBuilt(args: string[]): Promise<void> {
  const { build } = await import('esbuild');
  const { EXTERNAL_PACKAGES, NODE_REGEXPS } = await import('./bundle.js');
  const root = path.join(__dirname, '..');
  const outfile = path.join(root, 'dist', 'turnCost.js');
  await build({
    absWorkingDir: root,
    entryPoints: [path.join('scripts', 'turnCost.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: [...EXTERNAL_PACKAGES, 'esbuild'],
    supported: NODE_REGEXPS,
    keepNames: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile, ...args.filter((a) => a !== '--built')], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--built')) return runBuilt(args);
  const journeys = Number(args.find((a) => !a.startsWith('--')) ?? 20);
  const profile = args.includes('--profile');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-turncost-'));
  const log = createLogger({ level: 'silent' });
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const stores = await createStores({ dataDir });
  const now = () => new Date();
  const words = createWords();
  const safeguarding = new Safeguarding({ concerns: stores.concerns, invitations: stores.invitations, notify: async () => {}, now, log });
  const parts: BotEdgeParts = {
    config,
    log,
    now,
    stores,
    words,
    safeguarding,
    resumeCodePepper: 'turn-cost-pepper',
    downloadsFor: async () => ({ word: 'http://localhost/w', pdf: 'http://localhost/p' }) as never,
    reviewUrl: (id) => `http://localhost/review/${id}`,
    sendToWebChat: async () => undefined,
  };
  const services = createSessionServices(parts, async () => {});
  const holder = new TestAdapter(async () => {});
  const { logic } = createOutcomesBot({ adapter: holder, services, log });
  await warmUpLanguage(now().toISOString().slice(0, 10));

  let failures = 0;
  /** CPU ms spent on each turn of the script, over the measured journeys (`--steps`). */
  const byStep: number[] = [];
  const journey = async (n: number): Promise<number> => {
    // As the benchmark and the web chat send it: replies are collected and leave when the turn ends.
    let replies: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async (context) => {
      await logic(context);
      replies = context.bufferedReplyActivities.splice(0);
    }, {
      channelId: 'emulator',
      conversation: { id: `turncost-${n}`, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'person', name: 'Person' },
      recipient: { id: 'bot', name: 'Bot' },
      locale: 'en-GB',
    });
    adapter.onTurnError = holder.onTurnError;
    let turns = 0;
    for (const [index, step] of JOURNEY.entries()) {
      const before = process.cpuUsage();
      const activity: Partial<Activity> =
        step.say === undefined ? { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'person', name: 'Person' }] } : { type: ActivityTypes.Message, text: step.say };
      await adapter.processActivity({ ...activity, deliveryMode: DeliveryModes.ExpectReplies });
      const sent = [...replies, ...adapter.activeQueue.splice(0)];
      const got = [...sent].reverse().find((a) => (a.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step);
      turns++;
      if (n >= 0) {
        const used = process.cpuUsage(before);
        byStep[index] = (byStep[index] ?? 0) + (used.user + used.system) / 1000;
      }
      if ((got?.channelData as { outcomes: { step: string } } | undefined)?.outcomes.step !== step.expect) {
        failures++;
        break;
      }
    }
    return turns;
  };

  // A first pass fills caches and lets the JIT settle; it is not counted.
  for (let n = 0; n < 3; n++) await journey(-1 - n);
  const session = new Session();
  if (profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  let turns = 0;
  for (let n = 0; n < journeys; n++) turns += await journey(n);
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(`${journeys} journeys, ${turns} turns, ${failures} strayed; CPU ${(cpuMs / turns).toFixed(3)} ms a turn, wall ${(wallMs / turns).toFixed(3)} ms a turn\n`);
  if (args.includes('--steps')) {
    for (const [index, ms] of byStep.entries()) {
      const step = JOURNEY[index]!;
      process.stdout.write(`${(ms / journeys).toFixed(2).padStart(7)} ms  ${step.expect.padEnd(22)} ${JSON.stringify(step.say ?? '(joined)').slice(0, 70)}\n`);
    }
  }

  if (profile) {
    const { profile: result } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    session.disconnect();
    const dir = path.join(__dirname, '..', 'bench', 'profiles');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'turns.cpuprofile'), JSON.stringify(result));
    const byId = new Map(result.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of result.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const label = (frame: ProfileNode['callFrame']) => {
      const where = frame.url.replace(/^file:\/\//, '').replace(path.join(__dirname, '..'), '');
      // In the one-file build a function is only told apart by its line.
      return `${frame.functionName || '(anonymous)'} ${where}${where.startsWith('/dist/') ? `:${frame.lineNumber + 1}` : ''}`;
    };
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let total = 0;
    result.samples.forEach((id, i) => {
      const us = result.timeDeltas[i] ?? 0;
      const stack: ProfileNode['callFrame'][] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
      // The profiler's own stop (serialising the profile) is not the bot's work.
      if (stack.some((frame) => frame.url === 'node:inspector')) return;
      self.set(label(stack[0]!), (self.get(label(stack[0]!)) ?? 0) + us);
      for (const name of new Set(stack.filter((frame) => /^file:.*\/(src|dialogs|bots)\//.test(frame.url)).map(label))) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      total += us;
    });
    const list = (title: string, map: Map<string, number>, n: number) => {
      process.stdout.write(`\n${title} (${(total / 1e6).toFixed(2)} s sampled):\n`);
      for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) process.stdout.write(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${name}\n`);
    };
    list('top self time', self, Number(process.env.TOP ?? 15));
    if (args.includes('--inclusive')) list('ours, inclusive', inclusive, 60);
  }
  await stores.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
