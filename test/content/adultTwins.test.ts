import { describe, expect, it } from 'vitest';
import { ADULT_TWINS } from '../../dialogs/forAnAdult';
import { createWords } from '../../src/i18n';

describe('sentences for an adult', () => {
  const words = createWords();
  it.each(['standard', 'easy_read'] as const)('every twin exists in %s, tells "someone you trust" and never "an adult you trust"', (mode) => {
    const t = words.forMode(mode);
    for (const [, twin] of ADULT_TWINS) {
      const text = t(twin);
      expect(text, twin).not.toBe(twin.split(':')[1]);
      expect(text, twin).not.toMatch(/adult you trust|trusted adult/i);
    }
    expect(words.missing.size).toBe(0);
  });
});
