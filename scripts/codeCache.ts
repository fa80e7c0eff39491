import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CACHE_SUFFIX, WRITE_CODE_CACHE } from './launcherFiles';

/**
 * The build's last step: the built server is started once, on this machine only, with empty
 * storage of its own and none of the settings of a local .env, answers one new conversation, and
 * is stopped; on its way out it writes the V8 code cache of everything compiled so far
 * (scripts/launcher.ts). Later starts read that cache
 * instead of parsing and compiling the server's code again. A priming run that fails leaves no
 * cache and the server simply compiles as before; the message says which.
 */
const PRIMING_TIMEOUT_MS = 60_000;

/** A port nobody is listening on right now. */
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

/**
 * Opens a new conversation at a server that is starting, again and again until it answers (it may
 * not be listening yet), while `running` holds and for at most `timeoutMs`: whether it answered.
 */
export async function answersNewConversation(url: string, options: { conversationId: string; running: () => boolean; timeoutMs: number }): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline && options.running()) {
    try {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'conversationUpdate',
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:1/',
          conversation: { id: options.conversationId },
          from: { id: 'first-person' },
          recipient: { id: 'bot' },
          membersAdded: [{ id: 'first-person' }],
          deliveryMode: 'expectReplies',
        }),
      });
      const body = (await response.json()) as { activities?: unknown[] };
      if (response.status === 200 && (body.activities?.length ?? 0) > 0) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

/** Starts the launcher at `launcher` once to write its code cache; says what came of it. */
export async function primeCodeCache(launcher: string): Promise<string> {
  const cacheFile = launcher.replace(/\.js$/, CACHE_SUFFIX);
  rmSync(cacheFile, { force: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-code-cache-'));
  const port = await freePort();
  // Run from the empty data folder: a local .env of real settings (a database, a mail server) is not read.
  const child = spawn(process.execPath, [path.resolve(launcher), WRITE_CODE_CACHE], {
    cwd: dataDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: '',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      DIRECTLINE_SECRET: '',
      SMTP_URL: '',
      // The one conversation comes from this process, on this machine, without an app id.
      ALLOW_UNAUTHENTICATED_MESSAGES: 'true',
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const answered = await answersNewConversation(`http://127.0.0.1:${port}`, {
      conversationId: 'code-cache',
      running: () => child.exitCode === null && child.signalCode === null,
      timeoutMs: PRIMING_TIMEOUT_MS,
    });
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    if (!answered || !existsSync(cacheFile)) {
      rmSync(cacheFile, { force: true });
      return 'no code cache: the priming run did not answer (the server will compile at start)';
    }
    return `wrote ${cacheFile} (${Math.round(statSync(cacheFile).size / 1024)} KB)`;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
