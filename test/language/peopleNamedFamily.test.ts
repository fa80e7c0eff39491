import { describe, expect, it } from 'vitest';
import { withPeopleNamedCapitalised } from '../../src/language/peopleNamed';

/* Names said after a parent, carer or teacher get their capitals; the everyday words said there never do. */

describe('names after a parent, carer or teacher', () => {
  it.each([
    ['my mum sarah helps me', 'my mum Sarah helps me'],
    ['my carer jo comes on the bus', 'my carer Jo comes on the bus'],
  ])('%j', (typed, kept) => {
    expect(withPeopleNamedCapitalised(typed)).toBe(kept);
  });

  it.each(['my dad cos he shouts', 'i want to show my mum first', 'my mum will help', 'my dad hits me', 'my mum helps me too'])('%j stays as typed', (typed) => {
    expect(withPeopleNamedCapitalised(typed)).toBe(typed);
  });
});
