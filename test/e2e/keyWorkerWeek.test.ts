import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJourney } from '../../dialogs/journey';
import type { App } from '../../src/app';
import { resubmit, setStatus, setYoungPerson, touch, type Draft } from '../../src/domain/draft';
import { hashPassword } from '../../src/review/passwords';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import { createStores } from '../../src/storage';
import { PASSWORD, sampleDraft } from '../review/harness';
import { runApp } from '../support/inProcessApp';
import { chromiumAvailable, launchChromium, seriousViolations } from '../support/browser';

const SHOTS = process.env.REVIEW_SCREENSHOTS ?? path.join(tmpdir(), 'outcomes-review-screenshots');
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const chromiumMissing = !chromiumAvailable('key worker browser test');

/** Screenshots and axe at both widths; the page is left at the wide one. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [['390', PHONE], ['1280', WIDE]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SHOTS, `week-${name}-${size}.png`), fullPage: true });
    expect(await seriousViolations(page), `${name} at ${size}px`).toEqual([]);
    // Nothing wider than the screen: no sideways scrolling at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${name} fits ${size}px`).toBe(true);
  }
}

function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return 0;
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The first ancestor with a background that is not transparent.
    let node: Element | null = element;
    let background = [255, 255, 255];
    while (node) {
      const bg = rgb(getComputedStyle(node).backgroundColor);
      if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) {
        background = bg.slice(0, 3);
        break;
      }
      node = node.parentElement;
    }
    const fg = luminance(rgb(getComputedStyle(element).color));
    const bgL = luminance(background);
    return (Math.max(fg, bgL) + 0.05) / (Math.min(fg, bgL) + 0.05);
  }, selector);
}

describe.skipIf(chromiumMissing)('a key worker’s week in a browser', () => {
  let app: App;
  let dir: string;
  let browser: Browser;
  let resumeCode = '';
  const outcomeWords = 'By the end of Year 11 I will follow a written stable routine on my own';
  const proposed = 'By the end of Year 11 I will follow the written stable routine on my own, checked by my tutor each Friday';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'outcomes-week-'));
    app = (await runApp({ LOG_LEVEL: 'silent', TOKEN_REQUESTS_PER_MINUTE: '1000' }, { dataDir: dir })).app;
    const store = await createStores({ dataDir: dir });
    const sam = await store.keyWorkers.addKeyWorker({ email: 'sam@school.example', name: 'Sam Jones', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await store.invitations.createInvitation({ code: 'HKMNPRTW', keyWorkerId: sam!.id, createdAt: new Date().toISOString() });
    await store.close();

    const now = new Date();
    const save = async (draft: Draft) => app.stores.drafts.save(draft.id, touch(draft, now), 0, { author: 'young_person', summary: 'journey' });
    // Alex sent the draft back after Sam asked for changes; two others are in the caseload.
    const alex = resubmit(setStatus(setYoungPerson(sampleDraft({ id: 'alex', invitationCode: 'HKMN-PRTW', name: 'Alex Rivers' }), { dateOfBirth: '2010-05-02', setting: 'Hillside Academy' }), 'changes_requested'), now);
    await save(alex);
    await save(sampleDraft({ id: 'jordan', invitationCode: 'HKMN-PRTW', name: 'Jordan Lee' }));
    await save(setStatus(sampleDraft({ id: 'kai', invitationCode: 'HKMN-PRTW', name: 'Kai Moss' }), 'agreed'));
    await app.stores.state.write({ [`journey/alex`]: { ...newJourney('alex'), consent: true, position: { stage: 'review', step: 'review.done' } } });
    const pepper = await app.stores.secrets.getOrCreate('resume-code-pepper', () => randomBytes(32).toString('hex'));
    resumeCode = (await new ResumeCodes(app.stores.state, pepper).issue('alex', now)).code;

    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('filters the caseload, opens a resubmitted draft, proposes words the young person accepts in the web chat, agrees and downloads the Word export', async () => {
    const keyWorker = await (await browser.newContext({ viewport: WIDE, acceptDownloads: true })).newPage();
    const young = await (await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' })).newPage();

    // The young person is back in the web chat with their code (so the site can tell them at once).
    await young.goto(app.url);
    await young.waitForSelector('html[data-step="welcome.readingMode"]', { state: 'attached', timeout: 20_000 });
    const answer = young.getByRole('textbox', { name: 'Your answer' });
    const type = async (text: string) => {
      await answer.fill(text);
      await answer.press('Enter');
    };
    await type('I have a code');
    await young.waitForSelector('html[data-step="welcome.resumeCode"]', { state: 'attached', timeout: 20_000 });
    await type(resumeCode);
    await young.waitForSelector('html[data-step="review.done"]', { state: 'attached', timeout: 20_000 });

    // Sign in; the caseload tells the drafts apart and counts them.
    await keyWorker.goto(`${app.url}/review`);
    await keyWorker.getByLabel('Email address').fill('sam@school.example');
    await keyWorker.getByLabel('Password').fill(PASSWORD);
    await keyWorker.getByRole('button', { name: 'Sign in' }).click();
    await keyWorker.waitForURL(`${app.url}/review`);
    await checkBothWidths(keyWorker, '1-caseload');
    expect(await keyWorker.locator('.counts a', { hasText: 'Sent back after changes' }).textContent()).toContain('1');

    // Filter to drafts sent back after changes, and search by surname.
    await keyWorker.getByLabel('Status', { exact: true }).selectOption('resubmitted');
    await keyWorker.getByLabel('Name', { exact: true }).fill('rivers');
    await keyWorker.getByRole('button', { name: 'Show' }).click();
    await keyWorker.waitForURL(/status=resubmitted/);
    const rows = keyWorker.locator('table.drafts tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Sent back after changes');
    await checkBothWidths(keyWorker, '2-caseload-filtered');

    // Open it: sections that need nothing are folded; exports are linked.
    await keyWorker.getByRole('link', { name: 'Alex Rivers' }).click();
    await keyWorker.waitForURL(/\/review\/drafts\/alex/);
    await checkBothWidths(keyWorker, '3-draft');
    const height = await keyWorker.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);

    // Print: the plan without forms, history or buttons, every section (folded or not) printed.
    await keyWorker.emulateMedia({ media: 'print' });
    expect(await keyWorker.locator('form').evaluateAll((forms) => forms.every((f) => getComputedStyle(f).display === 'none' || !(f as HTMLElement).offsetParent))).toBe(true);
    expect(await keyWorker.locator('.history-box').isVisible()).toBe(false);
    expect(await keyWorker.getByText('I am good with animals', { exact: false }).first().isVisible()).toBe(true);
    const pdf = await keyWorker.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
    await keyWorker.emulateMedia({ media: 'screen' });

    // Propose new words for the outcome from section E's one form.
    const sectionE = keyWorker.locator('#plan-e');
    if (!(await sectionE.evaluate((d) => (d as HTMLDetailsElement).open))) await sectionE.locator('> summary').click();
    await sectionE.locator('.comment-box > summary').click();
    await sectionE.getByLabel('About').selectOption({ label: `Outcome: ${outcomeWords.slice(0, 59)}…` });
    await sectionE.getByLabel('Your comment for the young person').fill('Adding who checks it makes it measurable.');
    await sectionE.getByLabel('New wording to propose (optional)').fill(proposed);
    await sectionE.getByRole('button', { name: 'Send to the young person' }).click();
    await keyWorker.waitForURL(/done=proposal/);
    expect(await keyWorker.getByRole('status').first().textContent()).toContain('New wording proposed');
    expect(await keyWorker.locator('.comment.state-open .proposal-label').count()).toBe(1);

    // In the web chat: told at once; the next message opens the proposal; they accept it.
    await type('ok');
    await young.waitForSelector('html[data-step="review.proposal"]', { state: 'attached', timeout: 20_000 });
    await young.getByText('Your key worker suggests new words', { exact: false }).last().waitFor();
    await young.screenshot({ path: path.join(SHOTS, 'week-4-chat-proposal-390.png'), fullPage: true });
    // The key worker's comments are readable: at least 4.5:1.
    const commentsBubble = young.getByText('comments, newest first', { exact: false }).last();
    await commentsBubble.waitFor();
    const marked = await commentsBubble.evaluate((el) => {
      el.setAttribute('data-check', 'comments');
      return true;
    });
    expect(marked).toBe(true);
    expect(await contrastOf(young, '[data-check="comments"]')).toBeGreaterThanOrEqual(4.5);
    expect(await seriousViolations(young)).toEqual([]);
    await type('Yes, use these words');
    await young.waitForSelector('html[data-step="review.summary"]', { state: 'attached', timeout: 20_000 });
    const stored = (await app.stores.drafts.get('alex'))!.draft;
    expect(stored.outcomes[0]!.statement).toBe(proposed);
    expect(stored.authors?.[stored.outcomes[0]!.id]).toMatchObject({ by: 'Sam Jones', role: 'key_worker' });

    // Back on the site: accepted, credited, nothing open; agree without a question.
    await keyWorker.goto(`${app.url}/review/drafts/alex`);
    expect(await keyWorker.locator('.comment.state-accepted').count()).toBe(1);
    expect(await keyWorker.locator('.authorship').first().textContent()).toContain('Wording proposed by Sam Jones');
    await keyWorker.getByRole('button', { name: 'Agree' }).click();
    await keyWorker.waitForURL(/done=agreed/);
    expect(await keyWorker.locator('.facts .status').textContent()).toBe('Agreed');
    await checkBothWidths(keyWorker, '5-agreed');

    // The Word export from the review site carries the plan header and the agreed words.
    const [download] = await Promise.all([keyWorker.waitForEvent('download'), keyWorker.getByRole('link', { name: 'Download in Word' }).click()]);
    expect(download.suggestedFilename()).toBe('plan-rivers-alex-alex.docx');
    const text = (await mammoth.extractRawText({ path: await download.path() })).value;
    expect(text).toContain(proposed);
    expect(text).toContain('2 May 2010');
    expect(text).toContain('Hillside Academy');
    expect(text).toContain('Sam Jones (key worker)');
    expect(text).toContain('Agreed');

    // The printable page, and a confirmation asked when agreeing with open comments.
    await keyWorker.goto(`${app.url}/review/drafts/alex/export.html`);
    await checkBothWidths(keyWorker, '6-export-html');
    await keyWorker.goto(`${app.url}/review/drafts/jordan`);
    const sectionA = keyWorker.locator('#plan-a');
    if (!(await sectionA.evaluate((d) => (d as HTMLDetailsElement).open))) await sectionA.locator('> summary').click();
    await sectionA.locator('.comment-box > summary').click();
    await sectionA.getByLabel('Your comment for the young person').fill('Tell me more about the animals you like.');
    await sectionA.getByRole('button', { name: 'Send to the young person' }).click();
    await keyWorker.waitForURL(/done=comment/);
    await keyWorker.getByRole('button', { name: 'Agree' }).click();
    await keyWorker.getByRole('heading', { name: 'Agree with open comments?' }).waitFor();
    await checkBothWidths(keyWorker, '7-confirm-agree');
    expect((await app.stores.drafts.get('jordan'))!.draft.status).not.toBe('agreed');
    await keyWorker.getByRole('button', { name: 'Agree anyway' }).click();
    await keyWorker.waitForURL(/done=agreed/);
  }, 180_000);
});
