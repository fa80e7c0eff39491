import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/review/passwords';
import { startAppProcess, type RunningApp } from '../support/appProcess';
import { createStores } from '../../src/storage';
import { chromiumAvailable, launchChromium, seriousViolations } from '../support/browser';

const AXE = path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = path.join(process.cwd(), 'test-results', 'screenshots');
const chromiumMissing = !chromiumAvailable('safeguarding browser test');

const PASSWORD = 'correct horse battery';
const DISCLOSURE = 'my stepdad touches me at night';

describe.skipIf(chromiumMissing)('a safeguarding lead in a browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-e2e-lead-'));
    // What an administrator does: npm run keyworker -- add <email> "<name>" --safeguarding-lead
    const keyWorkers = await createStores({ dataDir });
    const concerns = keyWorkers.concerns;
    await keyWorkers.keyWorkers.addKeyWorker({ email: 'lead@school.example', name: 'Lee Lead', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await concerns.setLead('lead@school.example', true);
    await keyWorkers.close();
    app = await startAppProcess({ dataDir, env: { TOKEN_REQUESTS_PER_MINUTE: '1000' } });
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('sees a concern typed a moment earlier in the web chat, and records what they did', async () => {
    // A young person in the web chat, with no key worker code.
    const chat = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const waitForStep = (step: string) => chat.waitForSelector(`html[data-step="${step}"]`, { state: 'attached', timeout: 20_000 });
    const type = async (text: string) => {
      const box = chat.getByRole('textbox', { name: 'Your answer' });
      await box.fill(text);
      await box.press('Enter');
    };
    await chat.goto(app.url);
    await waitForStep('welcome.readingMode');
    await type('standard');
    await waitForStep('welcome.consent');
    await type('yes');
    await waitForStep('welcome.who');
    await type('me');
    await waitForStep('welcome.name');
    await type('Robin');
    await waitForStep('welcome.age');
    await type('Year 9');
    await waitForStep('welcome.invite');
    await type('No code');
    await waitForStep('aboutMe.strengths');
    await type(DISCLOSURE);
    await waitForStep('safeguarding.check');
    await chat.locator('.webchat__bubble', { hasText: 'safeguarding lead' }).first().waitFor();

    // The lead signs in and opens the queue.
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${app.url}/review/login`);
    await page.getByLabel('Email address').fill('lead@school.example');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.url}/review`);
    await page.getByRole('link', { name: 'Safeguarding concerns' }).click();
    await page.waitForURL(`${app.url}/review/safeguarding`);
    await page.screenshot({ path: path.join(SHOTS, 'safeguarding-queue.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    const row = page.locator('tr', { hasText: 'Sexual abuse' });
    expect(await row.textContent()).toContain('Robin');
    expect(await row.textContent()).toContain('New');

    await row.getByRole('link').click();
    await page.waitForURL(/\/review\/safeguarding\/[0-9a-f-]{36}$/);
    expect(await page.locator('q.raised').textContent()).toBe(DISCLOSURE);
    await page.screenshot({ path: path.join(SHOTS, 'safeguarding-concern.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Spoke to the young person').check();
    await page.getByLabel('Note (optional)').fill('Spoke to Robin with their form tutor');
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.waitForURL(/done=spoke/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Recorded: Spoke to the young person.');
    const history = await page.locator('ol.history').textContent();
    expect(history).toContain('Spoke to the young person by Lee Lead');
    expect(history).toContain('Spoke to Robin with their form tutor');

    await page.getByRole('link', { name: 'All safeguarding concerns' }).click();
    expect(await page.locator('tr', { hasText: 'Sexual abuse' }).textContent()).toContain('Spoke to the young person');
    // Two whole apps' worth of pages in one browser: generous on a busy machine.
  }, 150_000);
});
