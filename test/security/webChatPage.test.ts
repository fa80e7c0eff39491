import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/i18n';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { chromiumAvailable, launchChromium, watchPage } from '../support/browser';

const hasChromium = chromiumAvailable('browser security checks');
const pageFile = path.join(path.dirname(contentDir()), 'public', 'index.html');

/**
 * A page that boots the official Web Chat bundle against the local channel with no inline script,
 * as public/index.html must. Served under the server's own headers, so the real CSP applies.
 */
const PROBE_HTML = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>probe</title></head>
<body><div id="webchat" style="height: 600px"></div>
<script src="/webchat/webchat.js"></script><script src="/__probe/boot.js"></script></body></html>`;

const PROBE_BOOT = `
(async function () {
  const generated = await fetch('/v3/directline/tokens/generate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  const { token } = await generated.json();
  const directLine = window.WebChat.createDirectLine({ token, domain: location.origin + '/v3/directline', webSocket: true });
  window.WebChat.renderWebChat({ directLine, locale: 'en-GB' }, document.getElementById('webchat'));
})();`;

let running: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  running = await runApp({ LOG_LEVEL: 'silent' });
  browser = await launchChromium({ probePages: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

describe.skipIf(!hasChromium)('the web chat under the Content-Security-Policy', () => {
  it('runs Web Chat, speaks first over its WebSocket and reports no CSP violation', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.route(`${running.url}/__probe/**`, async (route) => {
      // The real server's answer (and so its real headers), with the probe page as the body.
      const real = await route.fetch({ url: `${running.url}/healthz` });
      const isPage = route.request().url().endsWith('/page');
      await route.fulfill({
        status: 200,
        headers: { ...real.headers(), 'content-type': isPage ? 'text/html; charset=utf-8' : 'application/javascript; charset=utf-8' },
        body: isPage ? PROBE_HTML : PROBE_BOOT,
      });
    });
    await page.goto(`${running.url}/__probe/page`);
    // The bot speaks first: its reading-mode buttons appear without anything typed.
    try {
      await page.getByRole('button').filter({ hasText: /easy|standard/i }).first().waitFor({ timeout: 20_000 });
    } finally {
      if (process.env.DEBUG_PROBE) process.stderr.write(JSON.stringify({ watch, text: await page.locator('body').innerText() }, null, 1));
    }
    expect(watch.violations).toEqual([]);
    expect(watch.consoleErrors.filter((text) => /content security policy/i.test(text))).toEqual([]);
    const origin = new URL(running.url).origin;
    expect(watch.requested.filter((address) => !address.startsWith(origin) && !address.startsWith('data:') && !address.startsWith('blob:'))).toEqual([]);
    await page.close();
  }, 60_000);

  it.skipIf(!existsSync(pageFile))('serves public/index.html without a CSP violation or a third-party request', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${running.url}/`);
    await page.waitForLoadState('networkidle', { timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(watch.violations).toEqual([]);
    const origin = new URL(running.url).origin;
    expect(watch.requested.filter((address) => !address.startsWith(origin) && !address.startsWith('data:') && !address.startsWith('blob:'))).toEqual([]);
    await page.close();
  }, 60_000);
});
