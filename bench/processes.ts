import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SERVER_BUNDLE } from '../scripts/bundle';
import { answersNewConversation, freePort } from '../scripts/codeCache';

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

export { freePort };

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
  const running = () => child.exitCode === null;
  const answered = await answersNewConversation(url, { conversationId: `bench-start-${Date.now()}`, running, timeoutMs: 60_000 });
  if (answered) return;
  throw new Error(running() ? `server did not answer within 60 s: ${errors()}` : `server exited early: ${errors()}`);
}
