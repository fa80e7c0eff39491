import { describe, expect, it } from 'vitest';
import { quoteWhole } from '../../src/language/quoteOf';

describe('a hope quoted so nothing seems lost', () => {
  it('is quoted whole up to twenty words', () => {
    const hope = 'i wanna work in a proper restaurant kitchen like a chef not just chips';
    expect(quoteWhole(hope)).toBe(hope);
  });

  it('is cut where a clause ends when longer, never inside a phrase', () => {
    const said = 'i want to be a proper chef in a big restaurant in london with loads of people and my own team and a big kitchen one day';
    expect(quoteWhole(said)).toBe('i want to be a proper chef in a big restaurant in london with loads of people…');
  });
});
