import { describe, expect, it } from 'vitest';
import { withoutChatter } from '../../src/language/chatter';

/* "I don't know" inside an answer is part of it; before or after the answer it is chatter. */
describe('"i dunno" in an answer', () => {
  it.each([['i get lost n i dunno wich bus'], ['i get lost and i dunno which bus'], ['reading idk wat the words say']])('"%s" is kept whole', (text) => expect(withoutChatter(text)).toBe(text));
  it.each([
    ['idk reading', 'reading'],
    ['reading i dunno', 'reading'],
    ['um reading lol', 'reading'],
  ])('"%s" is "%s"', (text, kept) => expect(withoutChatter(text)).toBe(kept));
});
