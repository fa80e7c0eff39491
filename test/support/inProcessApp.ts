import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createBot } from '../../bots/createBot';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';

/** The whole app on a free loopback port, its own SQLite folder, and its log lines kept in memory. */
export interface RunningApp {
  app: App;
  url: string;
  /** The app's SQLite folder. */
  dataDir: string;
  logLines: string[];
  stop(): Promise<void>;
}

/**
 * The one way tests start the app in this process, wired as `npm start` wires it (`bots/main.ts`).
 * `env` is read as the environment is; `dataDir`, when given, is the caller's and is kept on stop.
 * /api/messages without an app id is for local development only; tests call it from this machine.
 */
export async function runApp(env: Record<string, string> = {}, options: { now?: () => Date; dataDir?: string } = {}): Promise<RunningApp> {
  const dir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'outcomes-app-'));
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'trace', ALLOW_UNAUTHENTICATED_MESSAGES: 'true', ...env });
  const app = await startApp({
    config,
    log: createLogger({ level: config.logLevel, destination: sink }),
    buildEdge: createBot,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    app,
    url: app.url,
    dataDir: dir,
    logLines,
    async stop() {
      await app.close();
      if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
