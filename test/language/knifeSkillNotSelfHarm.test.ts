import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/* A knife skill wished for "so i dont cut myself" is a kitchen goal; cutting told or wished to stop is heard. */
describe('a knife skill so they do not cut themselves', () => {
  it.each([
    'i want to learn to use a sharp knife in the kitchen so i dont cut myself',
    'learn how to use a knife safely so i dont cut myself',
    'to be able to use the kitchen knife so that i wont cut myself',
    'use a knife properly so i dont cut myself',
    'i would like to be able to use a knife to chop veg so i dont cut myself',
  ])('"%s" is ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each([
    'i need to use the knife so i dont cut myself',
    'i want to use a knife so i dont cut myself',
    'i need to learn to use a knife so i dont cut myself',
    'use a knife to cut veg so i dont cut myself',
    'i want to learn to use a knife so i dont cut myself anymore', 'i cut myself on purpose', 'my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('"%s" is still heard', (text) => {
    expect(detectConcern(text).concern).toBe(true);
  });
});
