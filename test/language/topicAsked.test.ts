import { describe, expect, it } from 'vitest';
import { asksWhatItIsAbout } from '../../src/language/topicAsked';

describe('asksWhatItIsAbout', () => {
  it.each([
    'with what sorry? the toilet thing?',
    'with what? i said no thats everything',
    'do what? its not something alfie does',
    'by when what?? you just said you left it out',
    'help with what?',
  ])('"%s" asks what the question is about', (text) => {
    expect(asksWhatItIsAbout(text)).toBe(true);
  });

  it.each([
    'with his toilet training',
    'with what i said before, the pictures',
    'do what he wants',
    'with what? my dad hits me',
    'by when what? he gets hurt at nursery and nobody tells me',
    'which outcome is best for him to learn first',
  ])('"%s" is an answer or more than a question back', (text) => {
    expect(asksWhatItIsAbout(text)).toBe(false);
  });
});
