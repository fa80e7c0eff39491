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

describe('a note told of to someone of 18 or over', () => {
  const words = createWords();
  it.each(['standard', 'easy_read'] as const)('in %s, says who reads the note at the service, never "an adult"', (mode) => {
    const t = words.forMode(mode);
    for (const key of ['safeguarding:everydayInjury.thanks', 'safeguarding:note.stays', 'safeguarding:note.mixUp']) {
      const twin = ADULT_TWINS.find(([young]) => young === key)?.[1];
      expect(twin, key).toBeDefined();
      const text = t(twin!);
      expect(text, key).not.toMatch(/\ban adult\b|the adult who checks/i);
      expect(text, key).toMatch(/safeguarding lead|keeps people safe|reads the note/);
    }
  });
});
