import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, seriousViolations, WCAG_AA } from '../support/browser';
import { DESKTOP, PHONE, SCREENSHOTS, webChatInBrowser } from '../support/webChatBrowser';

const haveChromium = chromiumAvailable('question symbols browser tests');
const ROOT = process.cwd();

const welcome = (register: 'standard' | 'easy-read') =>
  JSON.parse(readFileSync(path.join(ROOT, 'content', 'en-GB', register, 'welcome.json'), 'utf8')) as {
    readingMode: { question: string; easyRead: string };
    consent: { question: string };
  };
const symbols = JSON.parse(readFileSync(path.join(ROOT, 'content', 'symbols.json'), 'utf8')) as Record<
  string,
  { file: string; alt: { standard: string; easy_read: string } }
>;

interface SymbolLayout {
  alt: string;
  loaded: boolean;
  symbol: { left: number; right: number; top: number; bottom: number };
  text: { left: number; right: number; top: number; bottom: number };
}

/** Where the picture and the words of the bot message containing `text` are on screen. */
function layoutOf(page: Page, text: string): Promise<SymbolLayout | null> {
  return page.evaluate((wanted) => {
    const rows = Array.from(document.querySelectorAll('.symbol-row'));
    const row = rows.find((r) => r.textContent?.includes(wanted));
    const img = row?.querySelector('img');
    const words = row?.querySelector('.webchat__bubble__content');
    if (!img || !words) return null;
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return { alt: img.getAttribute('alt') ?? '', loaded: img.complete && img.naturalWidth > 0, symbol: box(img), text: box(words) };
  }, text);
}

describe.skipIf(!haveChromium)('question symbols on the web chat page', () => {
  const chat = webChatInBrowser('symbols');

  async function expectSymbolLeftOfText(page: Page, text: string, alt: string): Promise<void> {
    await page.waitForFunction((wanted) => Array.from(document.querySelectorAll('.symbol-row')).some((r) => r.textContent?.includes(wanted)), text, { timeout: 15_000 });
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.symbol-row img')).every((i) => i.complete), undefined, { timeout: 5_000 });
    const layout = await layoutOf(page, text);
    expect(layout).not.toBeNull();
    expect(layout!.alt).toBe(alt);
    expect(layout!.loaded).toBe(true);
    expect(layout!.symbol.right).toBeLessThanOrEqual(layout!.text.left);
    expect(layout!.symbol.left).toBeGreaterThanOrEqual(0);
    expect(layout!.symbol.right - layout!.symbol.left).toBeGreaterThanOrEqual(36);
    // Side by side: the picture starts level with the words, not above or below them.
    expect(layout!.symbol.top).toBeLessThan(layout!.text.bottom);
    expect(layout!.symbol.bottom).toBeGreaterThan(layout!.text.top);
  }

  it('shows a picture with alt text to the left of each easy-read question, at desktop and 320 px, with axe clean', async () => {
    const standard = welcome('standard');
    const easyRead = welcome('easy-read');
    const context = await chat.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce', bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chat.app.url);
    await page.waitForSelector('html[data-step="welcome.readingMode"]', { state: 'attached', timeout: 20_000 });
    // The first question comes before the person picks easy read: no picture yet.
    expect(await page.locator('.symbol-row').count()).toBe(0);

    await page.getByRole('toolbar', { name: 'Choices you can pick' }).getByRole('button', { name: standard.readingMode.easyRead, exact: true }).click();
    await page.waitForSelector('html[data-step="welcome.consent"]', { state: 'attached', timeout: 20_000 });
    await expectSymbolLeftOfText(page, easyRead.consent.question, symbols['welcome.consent']!.alt.easy_read);
    // Only the question has a picture; the messages before it do not.
    expect(await page.locator('.symbol-row').count()).toBe(1);
    expect(await page.getByRole('img', { name: symbols['welcome.consent']!.alt.easy_read }).count()).toBe(1);
    await page.locator('.symbol-row').last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'symbols-easy-read-desktop.png') });
    expect(await seriousViolations(page, WCAG_AA)).toEqual([]);

    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await expectSymbolLeftOfText(page, easyRead.consent.question, symbols['welcome.consent']!.alt.easy_read);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.locator('.symbol-row').last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'symbols-easy-read-320.png') });
    expect(await seriousViolations(page, WCAG_AA)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
