import { describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';
import { ExportText, PLAN_SECTIONS, sectionLetterKey, sectionTitleKey } from '../../src/export/exportText';

const words = createWords();
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s.trim().length > 0);
const wordCount = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

describe('export words', () => {
  const keys = [...Object.values(ExportText), ...PLAN_SECTIONS.flatMap((s) => [sectionLetterKey(s), sectionTitleKey(s)])];

  it('has every key the exports use in both registers', () => {
    const missing: string[] = [];
    const check = createWords({ onMissing: (key) => missing.push(key) });
    for (const key of keys) {
      check.forMode('standard')(key, { number: 1, year: 1, letter: 'A', title: 'T', phrase: 'p', date: 'd', text: 't', by: 'b', theme: 't' });
      check.forMode('easy_read')(key, { number: 1, year: 1, letter: 'A', title: 'T', phrase: 'p', date: 'd', text: 't', by: 'b', theme: 't' });
    }
    expect(missing).toEqual([]);
  });

  it('keeps standard sentences to 20 words and easy-read sentences to 15', () => {
    for (const key of keys) {
      for (const s of sentences(words.forMode('standard')(key))) expect(wordCount(s), `${key}: ${s}`).toBeLessThanOrEqual(20);
      for (const s of sentences(words.forMode('easy_read')(key))) expect(wordCount(s), `${key}: ${s}`).toBeLessThanOrEqual(15);
    }
  });

  it('uses no acronyms in easy-read', () => {
    for (const key of keys) expect(words.forMode('easy_read')(key), key).not.toMatch(/\b[A-Z]{2,}\b/);
  });
});
