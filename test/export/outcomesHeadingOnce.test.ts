import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import { NOW, sampleDraft } from './sampleDraft';

/* The page to print and the Word copy show the outcomes section's heading once, in both registers. */
const words = createWords();

/** The heading's own words in each register. */
const HEADING = { standard: /^\s*(?:Section E:?\s*)?Outcomes\s*$/gim, easy_read: /^\s*(?:Part E:?\s*)?My goals\s*$/gim } as const;

function headingCount(text: string, mode: keyof typeof HEADING): number {
  return [...text.matchAll(HEADING[mode])].length;
}

describe('the outcomes heading in the exports', () => {
  it.each(['standard', 'easy_read'] as const)('shows once on the page to print (%s)', (mode) => {
    const html = renderHtml(sampleDraft(), { words, mode, now: NOW });
    const lines = html.replace(/<style[\s\S]*?<\/style>/, '').replace(/<title>[\s\S]*?<\/title>/, '').replace(/<\/(?:h\d|p|div|th|td|li|caption|span)>/g, '\n').replace(/<[^>]+>/g, '');
    expect(headingCount(lines.replace(/(Section|Part) E\s*\n?\s*/g, '$1 E '), mode)).toBe(1);
  });

  it.each(['standard', 'easy_read'] as const)('shows once in the Word copy (%s)', async (mode) => {
    const { value } = await mammoth.extractRawText({ buffer: await renderDocx(sampleDraft(), { words, mode, now: NOW }) });
    expect(headingCount(value, mode)).toBe(1);
  });
});
