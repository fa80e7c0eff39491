import { describe, expect, it } from 'vitest';
import { SUPPORTER_TWINS } from '../../dialogs/forASupporter';
import { createWords } from '../../src/i18n';

describe('sentences for a supporter', () => {
  const words = createWords();
  it.each(['standard', 'easy_read'] as const)('every twin exists in %s and never says "your child"', (mode) => {
    const t = words.forMode(mode);
    for (const [parent, twin] of SUPPORTER_TWINS) {
      const text = t(twin);
      expect(text, twin).not.toBe(twin.split(':')[1]);
      expect(text, twin).not.toMatch(/your child/i);
      expect(text, twin).not.toBe(t(parent));
    }
    expect(words.missing.size).toBe(0);
  });
});
