import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SERVER_BUNDLE } from '../scripts/bundle';

const ROOT = path.join(__dirname, '..');
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  /** Milliseconds from spawning the process to its first reply to a new conversation. */
  firstReplyMs: number;
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const BUILT_SERVER = SERVER_BUNDLE;

/**
 * Builds the server as `npm start` does (`npm run build`: the type check, then the one-file bundle),
 * so the benchmark starts what is deployed: `node dist/server.js`.
 */
export function buildServer(): void {
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stdout}${built.stderr}`);
}

/** utime + stime of a process, fields 14 and 15 of /proc/<pid>/stat (after the command name). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Outcomes Bot as `npm start` runs it (the bundle, dist/server.js), with rate limits lifted for the load. */
export function startOutcomesBot(options: {
  dataDir: string;
  env?: Record<string, string>;
  name?: string;
  nodeOptions?: string[];
  /** The script to run: by default the built server, as `npm start` runs it (see buildServer). */
  entry?: string;
}): Promise<ServerProcess> {
  return startServer(options.name ?? 'outcomes-bot', options.entry ?? BUILT_SERVER, options.nodeOptions ?? [], {
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
    PUBLIC_URL: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    DIRECTLINE_SECRET: '',
    // The benchmark calls /api/messages from this machine without a Microsoft App ID.
    ALLOW_UNAUTHENTICATED_MESSAGES: 'true',
    // Rate limits are for people; the benchmark's one address sends thousands of turns a minute.
    TOKEN_REQUESTS_PER_MINUTE: '100000',
    MESSAGES_PER_MINUTE: '100000',
    MESSAGES_PER_MINUTE_PER_ADDRESS: '1000000',
    ...options.env,
  });
}

export function startEchoBot(): Promise<ServerProcess> {
  return startServer('echo-bot', path.join('bench', 'echoServer.ts'), [], {});
}

async function startServer(name: string, entry: string, nodeOptions: string[], env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeOptions, ...loader, entry], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await firstReply(url, child, () => errors);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const firstReplyMs = performance.now() - started;
  const pid = child.pid!;
  return {
    name,
    pid,
    url,
    firstReplyMs,
    cpuMs: () => cpuMsOf(pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Opens a conversation as soon as the port answers; resolves on the bot's first reply. */
async function firstReply(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${errors()}`);
    try {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'conversationUpdate',
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:1/',
          conversation: { id: `bench-start-${Date.now()}` },
          from: { id: 'bench-person' },
          recipient: { id: 'bot' },
          membersAdded: [{ id: 'bench-person' }],
          deliveryMode: 'expectReplies',
        }),
      });
      const body = (await response.json()) as { activities?: unknown[] };
      if (response.status === 200 && (body.activities?.length ?? 0) > 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`server did not answer within 60 s: ${errors()}`);
}
