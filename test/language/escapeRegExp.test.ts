import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/language/text';

describe('escapeRegExp', () => {
  it('matches words with brackets, dots and plus signs as typed', () => {
    const typed = 'by Year 9 (summer) + 1.5 hours?';
    expect(new RegExp(escapeRegExp(typed)).exec(`I will read ${typed} a week`)?.[0]).toBe(typed);
  });
});
