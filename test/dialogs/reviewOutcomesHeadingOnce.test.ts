import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx, renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* The draft has one "Outcomes" heading ("My goals" in easy read): in the chat, and in the web and Word copies, the key worker's too. */

const words = createWords();
const DAN = danAtReview();
/** Lines that are only the heading (a heading may carry its section letter: "Section E: Outcomes"). */
const headings = (lines: string[]): string[] => lines.map((l) => l.trim()).filter((l) => /^(?:(?:Section|Part) E\W*)?(?:My\s+)?(?:Outcomes|goals):?$/i.test(l));
const cardLines = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(cardLines);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return [...(typeof o.text === 'string' ? [o.text] : []), ...(typeof o.title === 'string' ? [o.title] : []), ...Object.entries(o).filter(([k]) => k !== 'text' && k !== 'title').flatMap(([, v]) => cardLines(v))];
  }
  return [];
};

describe('the "Outcomes" heading is there once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('in the Word and web copies', async () => {
    ({ chat } = await startWith(DAN));
    const draft = (await chat.draft())!;
    for (const mode of ['standard', 'easy_read'] as const) {
      for (const forKeyWorker of [undefined, { contributors: ['Ms Patel'] }]) {
        const html = renderHtml(draft, { mode, words, forKeyWorker });
        const htmlHeadings = [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
        expect(headings(htmlHeadings), mode).toHaveLength(1);
        const docx = (await mammoth.extractRawText({ buffer: await renderDocx(draft, { mode, words, forKeyWorker }) })).value;
        expect(headings(docx.split('\n')), mode).toHaveLength(1);
      }
    }
  });

  it.each(['show my plan', 'show my outcomes', 'show my draft'])('in the chat after "%s"', async (typed) => {
    ({ chat } = await startWith(DAN));
    const replies = await chat.say(typed);
    const lines = replies.flatMap((r) => [...(r.text ?? '').split('\n'), ...cardLines(r.attachments ?? [])]);
    expect(headings(lines)).toHaveLength(1);
  });
});
