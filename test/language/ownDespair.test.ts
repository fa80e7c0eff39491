import { describe, expect, it } from 'vitest';
import { talksOfOwnDeath } from '../../src/language/ownDespair';

/*
 * A parent's own despair is answered with the lines for the parent; the child's words passed on
 * ("he said i want to kill myself") are the child's, and get the lines for a worried parent.
 */

describe('a parent talking of their own death', () => {
  it.each(["honestly she will be better off when I'm gone", 'i cant go on, i want to end it all', 'everyone would be better off without me'])('"%s" is their own', (text) => {
    expect(talksOfOwnDeath(text)).toBe(true);
  });

  it.each([
    'he said i want to kill myself',
    'my son keeps saying everyone would be better off without me',
    'she told me "i want to die"',
    'Amira said she wishes she was dead',
    'she keeps saying she wants to die',
  ])('leave alone: "%s" passes on the child\'s words', (text) => {
    expect(talksOfOwnDeath(text)).toBe(false);
  });
});
