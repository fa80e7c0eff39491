import { describe, expect, it } from 'vitest';
import { asksForMore } from '../../dialogs/reviewPages';

describe('asking for the rest of a long list', () => {
  it.each(['more', 'More', 'next please', 'show me the rest', 'other ones'])('"%s" asks for more', (typed) => expect(asksForMore(typed)).toBe(true));
  it.each(['more friends', 'he needs more help', 'next year'])('"%s" does not', (typed) => expect(asksForMore(typed)).toBe(false));
});
