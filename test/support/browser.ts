import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Outside CI a machine without Chromium skips the browser checks loudly; in CI it is a failure. */
export function chromiumAvailable(what = 'browser checks'): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; the ${what} cannot run`);
  process.stderr.write(`\n!!! SKIPPING the ${what}: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)\n\n`);
  return false;
}

/**
 * The one way tests start Chromium. `probePages`: a page fulfilled by the test has no network
 * address, so Chromium's local network checks would treat it as public and block its WebSocket to
 * 127.0.0.1; real pages are unaffected, so only tests with such pages turn the checks off.
 */
export async function launchChromium(options: { probePages?: boolean } = {}): Promise<Browser> {
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
      ...(options.probePages ? ['--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests'] : []),
    ],
  });
}

const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** The WCAG 2.2 AA rules, for pages checked against those alone. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Serious and critical problems axe-core finds on the page, as readable lines: every rule, or only
 * those with the given tags. evaluate() runs outside the page's CSP, so the page keeps its real policy.
 */
export async function seriousViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async (only) => {
    type Found = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Found[] }> } }).axe;
    const options = only ? { runOnly: { type: 'tag', values: only } } : { resultTypes: ['violations'] };
    return (await axe.run(document, options)).violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, tags ? [...tags] : undefined);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`);
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
