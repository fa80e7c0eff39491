import { describe, expect, it } from 'vitest';
import { asksNameCapitalised } from '../../src/language/nameCapitalAsked';

describe('asking for the name to have its capitals', () => {
  it.each([
    'Can you put a capital E on Ellie-May',
    'you still have her name with a small e',
    'her name needs a capital letter',
    'ellie-may is spelt with a big E and a big M',
    'can u capitalise ellie-may',
  ])('"%s" asks it', (typed) => expect(asksNameCapitalised(typed, 'Ellie-May')).toBe(true));

  it.each(['He can write his name in capital letters now', 'she writes her name with a big E', 'ellie-may knows her capital letters'])(
    '"%s" tells a strength, never asks',
    (typed) => expect(asksNameCapitalised(typed, 'Ellie-May')).toBe(false),
  );

  it.each(['could you make the E a capital in her name', 'Ellie-May should have a capital letter', 'change her name to capital letters please'])(
    '"%s" asks it too',
    (typed) => expect(asksNameCapitalised(typed, 'Ellie-May')).toBe(true),
  );

  it.each(['she wants to visit a capital city', 'small steps are fine', 'she writes in lower case letters', 'Ellie-May likes drawing'])(
    '"%s" does not',
    (typed) => expect(asksNameCapitalised(typed, 'Ellie-May')).toBe(false),
  );
});
