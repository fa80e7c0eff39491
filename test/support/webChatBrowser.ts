import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAppProcess, type RunningApp } from './appProcess';
import { launchChromium } from './browser';

export const SCREENSHOTS = path.join(process.cwd(), 'test-results', 'screenshots');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 320, height: 640 };

const ENV = { TOKEN_REQUESTS_PER_MINUTE: '1000' };

export interface WebChatBrowser {
  readonly app: RunningApp;
  readonly browser: Browser;
  /** Stops the server and starts it again on the same port and data: a restart as people see it. */
  restart(): Promise<void>;
}

/**
 * The set-up of the web chat page's browser tests, registered as hooks of the calling `describe`:
 * the app in its own process (as `npm start` runs it) on a fresh data folder, and Chromium.
 */
export function webChatInBrowser(name: string): WebChatBrowser {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), `outcomes-${name}-`));
    app = await startAppProcess({ dataDir, env: ENV });
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get app() {
      if (!app) throw new Error('the app is not running');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
    async restart() {
      const port = this.app.port;
      await this.app.stop();
      app = await startAppProcess({ dataDir, port, env: ENV });
    },
  };
}
