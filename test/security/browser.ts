import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Outside CI a machine without Chromium skips the browser checks loudly; in CI it is a failure. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; browser security checks cannot run`);
  process.stderr.write(`\n!!! SKIPPING browser security checks: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)\n\n`);
  return false;
}

/**
 * A page fulfilled by the test (the probe page) has no network address, so Chromium's local network
 * checks would treat it as public and block its WebSocket to 127.0.0.1; the real page is unaffected.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
    ],
  });
}

export interface PageWatch {
  /** Content-Security-Policy violations the page reported (directive and blocked address). */
  violations: string[];
  /** Console errors, CSP reports included. */
  consoleErrors: string[];
  /** Every address the page asked for, so a third-party request is seen even when it fails. */
  requested: string[];
}

/** Records what the page breaks or asks for, from before its first script runs. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], consoleErrors: [], requested: [] };
  await page.exposeFunction('__reportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('request', (request) => watch.requested.push(request.url()));
  return watch;
}
