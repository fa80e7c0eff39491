import { describe, expect, it } from 'vitest';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { editDistance, isCloseTo } from '../../src/language/fuzzy';

/*
 * How far a typed word is from a button's word decides whether a misspelt reply is that button.
 * The distance is worked out without natural's per-cell objects, and must stay natural's own to
 * the last edit: every pair of short words from a small alphabet (repeats, swaps, accents) is compared.
 */
describe('the distance between a typed word and a button word', () => {
  it('is the distance natural gives, for every pair of short words', () => {
    const letters = ['a', 'b', 'c', 'a', 'é', ' '];
    const words = [''];
    for (let length = 1; length <= 4; length++) {
      for (const word of words.filter((w) => w.length === length - 1)) for (const letter of new Set(letters)) words.push(word + letter);
    }
    let compared = 0;
    for (const a of words) {
      for (const b of words) {
        if ((a.length + b.length) % 3 !== 0 && a.length > 1 && b.length > 1) continue;
        expect(editDistance(a, b), `${a}|${b}`).toBe(a === b ? 0 : DamerauLevenshteinDistance(a, b));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  });

  it('is natural\'s for words people misspell, and longer than the reused table', () => {
    const pairs: Array<[string, string]> = [
      ['hlep', 'help'],
      ['nothin for now', 'nothing for now'],
      ['ca', 'abc'],
      ['standrad', 'standard'],
      ['eays raed', 'easy read'],
      ['x'.repeat(40), 'y'.repeat(35)],
    ];
    for (const [a, b] of pairs) expect(editDistance(a, b)).toBe(DamerauLevenshteinDistance(a, b));
    expect(isCloseTo('hlep', 'help')).toBe(true);
  });
});
