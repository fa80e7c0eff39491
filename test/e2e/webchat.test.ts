import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, seriousViolations, WCAG_AA } from '../support/browser';
import { DESKTOP, PHONE, SCREENSHOTS, webChatInBrowser } from '../support/webChatBrowser';

const haveChromium = chromiumAvailable('web chat page browser tests');
const ROOT = process.cwd();

/** The bot's own words, so the tests follow the content files rather than copies of them. */
function words(register: 'standard' | 'easy-read') {
  const file = path.join(ROOT, 'content', 'en-GB', register, 'welcome.json');
  return JSON.parse(readFileSync(file, 'utf8')) as {
    hello: string;
    readingMode: { question: string; standard: string; easyRead: string };
    consent: { question: string; agree: string };
  };
}
const standard = words('standard');

/** The longest piece of a sentence without quotes or apostrophes, which Web Chat renders as curly ones. */
function fragment(text: string): string {
  return text.split(/['"‘’“”]/).reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '').trim();
}
const easyRead = words('easy-read');

declare global {
  interface Window {
    __spoken: string[];
    __cspViolations: string[];
  }
}

/** Runs in every page before its scripts: notes CSP violations and records speech instead of playing it. */
function instrument(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  window.__spoken = [];
  const fake = {
    speaking: false,
    pending: false,
    paused: false,
    speak(utterance: SpeechSynthesisUtterance) {
      window.__spoken.push(utterance.text);
      setTimeout(() => utterance.onend?.call(utterance, {} as SpeechSynthesisEvent), 5);
    },
    cancel() {},
    pause() {},
    resume() {},
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
}

describe.skipIf(!haveChromium)('web chat page', () => {
  const chat = webChatInBrowser('e2e');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
  });

  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await chat.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce', ...options });
    contexts.push(context);
    await context.addInitScript(instrument);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function openChat(page: Page): Promise<void> {
    await page.goto(chat.app.url);
    await waitForStep(page, 'welcome.readingMode');
  }

  async function waitForStep(page: Page, step: string): Promise<void> {
    await page.waitForSelector(`html[data-step="${step}"]`, { state: 'attached', timeout: 20_000 });
  }

  const choices = (page: Page) => page.getByRole('toolbar', { name: 'Choices you can pick' });
  const choice = (page: Page, name: string) => choices(page).getByRole('button', { name, exact: true });
  const botBubble = (page: Page, text: string) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: text });
  const userBubble = (page: Page, text: string) => page.locator('.webchat__bubble--from-user', { hasText: text });
  const answerBox = (page: Page) => page.getByRole('textbox', { name: 'Your answer' });
  const savedChat = (page: Page) =>
    page.evaluate(() => JSON.parse(localStorage.getItem('outcomesBot.chat.v1') ?? 'null') as { conversationId: string } | null);

  async function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  async function expectUsableAnswerBox(page: Page): Promise<void> {
    const box = answerBox(page);
    await box.scrollIntoViewIfNeeded();
    const rect = await box.boundingBox();
    const viewport = page.viewportSize()!;
    expect(rect).not.toBeNull();
    expect(rect!.x).toBeGreaterThanOrEqual(0);
    expect(rect!.x + rect!.width).toBeLessThanOrEqual(viewport.width);
    expect(rect!.y).toBeGreaterThanOrEqual(0);
    expect(rect!.y + rect!.height).toBeLessThanOrEqual(viewport.height);
  }

  async function expectBigChoices(page: Page): Promise<void> {
    const buttons = choices(page).getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const rect = await buttons.nth(index).boundingBox();
      expect(rect!.width).toBeGreaterThanOrEqual(44);
      expect(rect!.height).toBeGreaterThanOrEqual(44);
    }
  }

  const fontSizeOf = (page: Page, text: string) =>
    botBubble(page, text)
      .locator('p')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

  it('asks the reading-mode question first, takes a tap, and keeps the chat across a reload and a server restart', async () => {
    const page = await newPage();
    await openChat(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.title()).toMatch(/Outcomes Bot/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Outcomes Bot');
    await botBubble(page, standard.readingMode.question).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('mode-standard'))).toBe(true);
    expect(await fontSizeOf(page, standard.readingMode.question)).toBeGreaterThanOrEqual(16);
    await expect(page.locator('#progress-text').textContent()).resolves.toMatch(/Part 1 of \d/);

    await choice(page, standard.readingMode.standard).click();
    await waitForStep(page, 'welcome.consent');
    await userBubble(page, standard.readingMode.standard).waitFor();
    await botBubble(page, standard.consent.question).waitFor();
    const first = await savedChat(page);
    expect(first?.conversationId).toBeTruthy();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standard-desktop.png') });

    await page.reload();
    await waitForStep(page, 'welcome.consent');
    await botBubble(page, standard.consent.question).waitFor();
    await userBubble(page, standard.readingMode.standard).waitFor();
    expect(await botBubble(page, standard.readingMode.question).count()).toBe(1);
    expect((await savedChat(page))?.conversationId).toBe(first?.conversationId);

    await chat.restart();
    await page.reload();
    await waitForStep(page, 'welcome.consent');
    await userBubble(page, standard.readingMode.standard).waitFor();
    expect(await botBubble(page, standard.readingMode.question).count()).toBe(1);
    await answerBox(page).fill('Yes');
    await answerBox(page).press('Enter');
    await waitForStep(page, 'welcome.who');
    await userBubble(page, 'Yes').waitFor();
    expect((await savedChat(page))?.conversationId).toBe(first?.conversationId);

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('announces new bot messages in a live region and labels the answer box', async () => {
    const page = await newPage();
    await openChat(page);
    const liveRegion = page.locator('.webchat__live-region-transcript[aria-live="polite"], .webchat__live-region-transcript [aria-live="polite"]');
    expect(await liveRegion.count()).toBeGreaterThan(0);
    // Web Chat empties its live region a moment after announcing, so watch it as the answer arrives.
    const heard = page.evaluate(
      (text) =>
        new Promise<boolean>((resolve) => {
          const region = document.querySelector('.webchat__live-region-transcript')!;
          const observer = new MutationObserver(() => {
            if (region.textContent?.includes(text)) {
              observer.disconnect();
              resolve(true);
            }
          });
          observer.observe(region, { childList: true, subtree: true, characterData: true });
          setTimeout(() => resolve(false), 15_000);
        }),
      standard.consent.question,
    );
    await choice(page, standard.readingMode.standard).click();
    expect(await heard).toBe(true);
    expect(await answerBox(page).getAttribute('aria-label')).toBe('Your answer');
  });

  it('switches the whole page to easy read when the bot does, and passes axe at desktop and phone width', async () => {
    const page = await newPage({ bypassCSP: true }); // axe is injected as an inline script
    await openChat(page);
    await choice(page, standard.readingMode.easyRead).click();
    await page.waitForSelector('html.mode-easy-read', { state: 'attached', timeout: 15_000 });
    await waitForStep(page, 'welcome.consent');
    await botBubble(page, easyRead.consent.question).waitFor();
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);
    expect(await fontSizeOf(page, easyRead.consent.question)).toBeGreaterThanOrEqual(20);
    await expectBigChoices(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'easy-read-desktop.png') });
    expect(await seriousViolations(page, WCAG_AA)).toEqual([]);

    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectBigChoices(page);
    await expectUsableAnswerBox(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'easy-read-320.png') });
    expect(await seriousViolations(page, WCAG_AA)).toEqual([]);

    // The mode is remembered: a reload starts in easy read before the history arrives.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('mode-easy-read'))).toBe(true);
  });

  it('works at 320 px and at 200% zoom: no sideways scrolling, big choices, the answer box in view, no serious axe issues', async () => {
    const page = await newPage({ viewport: PHONE, bypassCSP: true });
    await openChat(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectBigChoices(page);
    await choice(page, standard.readingMode.standard).click();
    await waitForStep(page, 'welcome.consent');
    await botBubble(page, standard.consent.question).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectUsableAnswerBox(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standard-320.png') });
    expect(await seriousViolations(page, WCAG_AA)).toEqual([]);

    // 200% zoom on a 1280 x 800 screen lays the page out in 640 x 400 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.waitForTimeout(300);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectUsableAnswerBox(page);
  });

  it('wraps very long words, long links and emoji inside the bubble', async () => {
    const page = await newPage({ viewport: PHONE });
    await openChat(page);
    const long = `${'a'.repeat(300)} 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 https://example.org/${'b'.repeat(200)}`;
    await answerBox(page).fill(long);
    await answerBox(page).press('Enter');
    const bubble = userBubble(page, 'aaaaaaaaaa');
    await bubble.waitFor();
    const rect = await bubble.boundingBox();
    expect(rect!.x).toBeGreaterThanOrEqual(0);
    expect(rect!.x + rect!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const transcriptOverflow = await page.evaluate(() => {
      const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
      return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
    });
    expect(transcriptOverflow).toBeLessThanOrEqual(0);
  });

  it('can be used with the keyboard alone, with a visible focus', async () => {
    const page = await newPage();
    await openChat(page);
    await choices(page).getByRole('button').first().waitFor();

    const focusedOwnControls: string[] = [];
    let onChoice = false;
    for (let presses = 0; presses < 25 && !onChoice; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return null;
        const style = getComputedStyle(element);
        return {
          id: element.id || element.textContent?.trim().slice(0, 30) || element.tagName,
          choice: element.classList.contains('webchat__suggested-action'),
          ownControl: Boolean(element.closest('.top')),
          outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
        };
      });
      if (!focused) continue;
      if (focused.ownControl) {
        expect(focused.outline, `focus ring on ${focused.id}`).toBeGreaterThanOrEqual(2);
        focusedOwnControls.push(focused.id);
      }
      onChoice = focused.choice;
    }
    expect(onChoice).toBe(true);
    expect(focusedOwnControls.length).toBeGreaterThanOrEqual(3);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(standard.readingMode.standard);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'welcome.consent');

    for (let presses = 0; presses < 10; presses += 1) {
      const inBox = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Your answer');
      if (inBox) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Your answer');
    await page.keyboard.type('yes please');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'welcome.who');
    await userBubble(page, 'yes please').waitFor();
  });

  it('reads the last bot message aloud, reads one message on request, and reads new messages when asked to', async () => {
    const page = await newPage();
    await openChat(page);
    await botBubble(page, standard.readingMode.question).waitFor();

    await page.getByRole('button', { name: 'Read to me' }).click();
    const spoken = (await page.evaluate(() => window.__spoken)).join(' ');
    expect(spoken).toContain(standard.readingMode.question.replace(/[.?!]$/, ''));
    expect(spoken).toContain(standard.readingMode.easyRead);

    await page.evaluate(() => (window.__spoken = []));
    await page
      .locator('.webchat__basic-transcript__activity', { hasText: fragment(standard.hello) })
      .getByRole('button', { name: 'Read this' })
      .click();
    expect((await page.evaluate(() => window.__spoken)).join(' ')).toContain(fragment(standard.hello).split(/[.!?]/)[0]);

    await page.locator('#settings summary').click();
    await page.getByLabel('Read new messages out loud').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.evaluate(() => (window.__spoken = []));
    await choice(page, standard.readingMode.standard).click();
    await waitForStep(page, 'welcome.consent');
    await expect
      .poll(async () => (await page.evaluate(() => window.__spoken)).join(' '), { timeout: 10_000 })
      .toContain(standard.consent.question.replace(/[.?!]$/, ''));

    // After a reload the old messages are shown but not read out again.
    await page.reload();
    await waitForStep(page, 'welcome.consent');
    await botBubble(page, standard.consent.question).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.__spoken)).toEqual([]);
    expect(await page.getByLabel('Read new messages out loud').isChecked()).toBe(true);
  });

  it('keeps page settings across reloads', async () => {
    const page = await newPage({ bypassCSP: true });
    await openChat(page);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.locator('#settings summary').click();
    for (const label of ['Bigger text', 'Strong colours (high contrast)', 'More space between letters and lines', 'Less movement']) {
      await page.getByLabel(label).check();
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('#settings').getAttribute('open')).toBeNull();
    const classes = ['pref-larger-text', 'pref-high-contrast', 'pref-spacing', 'motion-reduced'];
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(after).toBeGreaterThan(before);

    await page.reload();
    await waitForStep(page, 'welcome.readingMode');
    for (const name of classes) {
      expect(await page.evaluate((cls) => document.documentElement.classList.contains(cls), name)).toBe(true);
    }
    expect(await page.getByLabel('Bigger text').isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page, WCAG_AA)).toEqual([]);
  });

  it('starts a new chat, and says so, when the kept token is refused', async () => {
    const page = await newPage();
    await openChat(page);
    await choice(page, standard.readingMode.standard).click();
    await waitForStep(page, 'welcome.consent');
    const before = await savedChat(page);

    // The page saves its token when it is left, so change the kept token from another page.
    const context = page.context();
    await page.close();
    const later = await context.newPage();
    await later.goto(`${chat.app.url}/assets/icon.svg`);
    await later.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('outcomesBot.chat.v1')!) as { token: string };
      // A token whose signature no longer matches, as after it expired or was tampered with.
      saved.token = `${saved.token.slice(0, -4)}AAAA`;
      localStorage.setItem('outcomesBot.chat.v1', JSON.stringify(saved));
    });
    await later.goto(chat.app.url);
    await waitForStep(later, 'welcome.readingMode');
    await expect(later.getByRole('status').filter({ hasText: 'new chat' }).isVisible()).resolves.toBe(true);
    expect(await userBubble(later, standard.readingMode.standard).count()).toBe(0);
    const after = await savedChat(later);
    expect(after?.conversationId).toBeTruthy();
    expect(after?.conversationId).not.toBe(before?.conversationId);
  });

  it('starts a new chat after a confirm', async () => {
    const page = await newPage();
    await openChat(page);
    await choice(page, standard.readingMode.standard).click();
    await waitForStep(page, 'welcome.consent');
    const before = await savedChat(page);

    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Start a new chat' }).click();
    await page.waitForTimeout(500);
    expect((await savedChat(page))?.conversationId).toBe(before?.conversationId);

    page.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Start a new chat' }).click()]);
    await waitForStep(page, 'welcome.readingMode');
    await botBubble(page, standard.readingMode.question).waitFor();
    expect(await userBubble(page, standard.readingMode.standard).count()).toBe(0);
    const after = await savedChat(page);
    expect(after?.conversationId).toBeTruthy();
    expect(after?.conversationId).not.toBe(before?.conversationId);
  });
});
