import { describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';

const KEYS = ['title', 'kept', 'who', 'noSharing', 'deleted', 'worry', 'worryNote', 'worryKeep', 'yourChoice'].map((k) => `privacy:notice.${k}`);
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean);

describe('the privacy notice for young people', () => {
  const all = createWords();

  it('is there in both registers, with the retention period filled in', () => {
    for (const mode of ['standard', 'easy_read'] as const) {
      const t = all.forMode(mode);
      for (const key of KEYS) expect(t(key, { months: 6 }), `${mode} ${key}`).not.toBe(key);
      expect(t('privacy:notice.deleted', { months: 6 })).toContain('6 months');
    }
  });

  it('keeps standard sentences to 20 words and easy-read to 15, one idea each, no acronyms', () => {
    const standard = all.forMode('standard');
    const easy = all.forMode('easy_read');
    for (const key of KEYS) {
      for (const sentence of sentences(standard(key, { months: 6 }))) expect(words(sentence).length, sentence).toBeLessThanOrEqual(20);
      for (const sentence of sentences(easy(key, { months: 6 }))) {
        expect(words(sentence).length, sentence).toBeLessThanOrEqual(15);
        expect(sentence, 'acronym').not.toMatch(/\b[A-Z]{2,}\b/);
      }
    }
  });

  it('says what the code does: a worry reaches the safeguarding lead with their words, kept until 25 even after deleting', () => {
    const t = all.forMode('standard');
    expect(t('privacy:notice.worry')).toMatch(/safeguarding lead/);
    expect(t('privacy:notice.worryNote')).toMatch(/read what you wrote/);
    expect(t('privacy:notice.worryKeep')).toMatch(/until you are 25.*even if you delete your answers/);
  });
});
