import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addKeyWorker, PASSWORD, sampleDraft, saveDraft, startSite, XSS, type Site } from '../review/harness';
import { chromiumAvailable, launchChromium, seriousViolations } from '../support/browser';

/** Screenshots of every page, kept for a person to look at. */
const SHOTS = process.env.REVIEW_SCREENSHOTS ?? path.join(tmpdir(), 'outcomes-review-screenshots');

const chromiumMissing = !chromiumAvailable('review site browser test');

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page), name).toEqual([]);
}

describe.skipIf(chromiumMissing)('key worker review site in a browser', () => {
  let site: Site;
  let browser: Browser;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await startSite();
    await addKeyWorker(site, 'sam@school.example', 'Sam Jones');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('signs in, invites, reviews a shared draft, comments, requests changes and agrees', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) cspViolations.push(message.text());
    });
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(`${site.url}/review`);
    expect(page.url()).toBe(`${site.url}/review/login`);
    await check(page, '1-login');
    await page.getByLabel('Email address').fill('sam@school.example');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not right');
    await check(page, '2-login-error');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.url}/review`);

    await page.getByLabel('Note for you (optional)').fill('Year 10 tutor group');
    await page.getByRole('button', { name: 'Create an invitation' }).click();
    const code = (await page.locator('.invitation .code').first().textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // The young person typed the code in the chat and said yes at review.share.
    const draft = sampleDraft({ id: 'browser-draft', invitationCode: code, flag: true });
    await saveDraft(site, draft);
    await saveDraft(site, sampleDraft({ id: 'second-draft', invitationCode: code, name: 'Jordan' }));
    await site.stores.chatLinks.rememberConversation('browser-draft', { conversationId: 'web-chat-1', channelId: 'directline' }, new Date());

    await page.reload();
    await expect.poll(() => page.locator('.safeguarding h2').textContent()).toContain('Safeguarding');
    await check(page, '3-drafts');

    await page.getByRole('link', { name: `Alex ${XSS}` }).first().click();
    await page.waitForURL(/\/review\/drafts\/browser-draft/);
    expect(await page.locator('h1').textContent()).toContain(XSS);
    await check(page, '4-draft');

    // One comment form per section; the outcome is chosen in it.
    const outcomes = page.locator('#plan-e');
    if (!(await outcomes.evaluate((d) => (d as HTMLDetailsElement).open))) await outcomes.locator('> summary').click();
    await outcomes.locator('.comment-box > summary').click();
    await outcomes.getByLabel('About').selectOption({ index: 1 });
    await outcomes.getByLabel('Your comment for the young person').fill('How will you and your tutor know? <b>bold</b>');
    await outcomes.getByRole('button', { name: 'Send to the young person' }).click();
    await page.waitForURL(/done=comment/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Comment added');
    expect(await page.locator('.comment').first().textContent()).toContain('<b>bold</b>');
    await check(page, '5-commented');

    await page.getByLabel('Message to the young person (optional)').fill('Please add when for outcome 2.');
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.waitForURL(/done=changes_requested/);
    expect(await page.locator('.facts .status').textContent()).toBe('Changes requested');
    // Two comments are still open: agreeing asks first.
    await page.getByRole('button', { name: 'Agree' }).click();
    await page.getByRole('heading', { name: 'Agree with open comments?' }).waitFor();
    await page.getByRole('button', { name: 'Agree anyway' }).click();
    await page.waitForURL(/done=agreed/);
    expect(await page.locator('.facts .status').textContent()).toBe('Agreed');
    await check(page, '6-agreed');

    const stored = (await site.stores.drafts.get('browser-draft'))!.draft;
    expect(stored.status).toBe('agreed');
    expect(stored.comments.map((c) => c.text)).toEqual(['How will you and your tutor know? <b>bold</b>', 'Please add when for outcome 2.']);
    expect((await site.stores.drafts.versions('browser-draft')).map((v) => v.author)).toEqual(['young_person', 'key_worker', 'key_worker', 'key_worker']);
    expect(site.sent.map((s) => s.conversationId)).toEqual(['web-chat-1', 'web-chat-1', 'web-chat-1']);

    const young = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await young.goto(`${site.url}/join/${code.replace('-', '').toLowerCase()}`);
    expect(await young.locator('.big-code').textContent()).toBe(code);
    await check(young, '7-join-mobile');

    await page.goto(`${site.url}/review/drafts/not-mine`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await check(page, '8-not-found');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${site.url}/review/login`);

    expect(alerts).toEqual([]);
    expect(cspViolations).toEqual([]);
    // A shared machine can be slow: the steps are many, not the pages.
  }, 150_000);
});
