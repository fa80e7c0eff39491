import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface RunningApp {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL): no shutdown, no last write, as a power cut would. */
  crash(): Promise<void>;
}

const START_TIMEOUT_MS = 45_000;
const STOP_TIMEOUT_MS = 10_000;

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Runs the whole app as a person would (`bots/main.ts` in its own Node process, through tsx, or
 * `script`: a built server such as the bundle `npm start` runs) on a free port with the given data
 * directory, and resolves once `/healthz` answers. Stopping and starting again with the same
 * `dataDir` and `port` is a server restart.
 */
export async function startAppProcess(options: { dataDir: string; port?: number; env?: Record<string, string>; script?: string }): Promise<RunningApp> {
  const root = projectRoot();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const args = options.script ? [options.script] : ['--import', 'tsx', path.join('bots', 'main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: '',
      DATABASE_URL: '',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      DIRECTLINE_SECRET: '',
      // /api/messages from this machine without an app id: local development, as these tests are.
      ALLOW_UNAUTHENTICATED_MESSAGES: 'true',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the error message if the app does not start; never printed otherwise.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await kill(child, exited);
    throw error;
  }

  let stopped = false;
  return {
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await kill(child, exited);
    },
    async crash() {
      if (stopped) return;
      stopped = true;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function projectRoot(): string {
  // Tests run from the project root (`npm run test:e2e`); fall back to this file's location.
  const candidates = [process.cwd(), path.resolve(__dirname, '..', '..')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'bots', 'main.ts')));
  if (!found) throw new Error('Cannot find bots/main.ts: run the tests from the project folder');
  return found;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app stopped while starting (exit ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The app did not answer ${url}/healthz within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function kill(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
