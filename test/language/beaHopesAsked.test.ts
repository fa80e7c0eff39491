import { describe, expect, it } from 'vitest';
import { readHopesAsked } from '../../src/language/hopesAsked';

/* Bea (11) types as it sounds: "wot hopes hav i got now?" asks to see her hopes, never a hope. */
describe('asking what hopes are kept, spelt as it sounds', () => {
  it.each(['wot hopes hav i got now?', 'what hopes av i got', 'wat dreams hav i got so far'])('%j lists the hopes', (typed) => {
    expect(readHopesAsked(typed)).toBe('list');
  });

  it('leave alone: "i hav hopes about big school" is a hope', () => {
    expect(readHopesAsked('i hav hopes about big school')).toBeNull();
  });
});
