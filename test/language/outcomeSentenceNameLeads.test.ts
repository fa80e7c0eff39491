import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';

/* A parent types the child's name at the start of the outcome; the sentence keeps that voice. */
describe('an outcome typed starting with the child\'s name', () => {
  it.each([
    [undefined, 'Ellie-May will learn to swim', 'Ellie-May will learn to swim.'],
    ['', 'Ellie-May will learn to swim', 'Ellie-May will learn to swim.'],
    ['', 'Ellie-May to say 10 words', 'Ellie-May will say 10 words.'],
    ['Ellie-May', 'Ellie-May to say 10 words', 'Ellie-May will say 10 words.'],
    ['Ellie-May', 'him to say 10 words', 'Ellie-May will say 10 words.'],
    ['Ellie-May', 'for her to say 10 words', 'Ellie-May will say 10 words.'],
    ['Ellie-May', 'Ellie-May will learn to swim', 'Ellie-May will learn to swim.'],
  ])('child "%s": "%s" reads "%s"', (childName, step, expected) => {
    expect(outcomeSentence({ step, timeframe: null, childName })).toBe(expected);
  });

  it('a doing word at the start is no name', () => {
    expect(outcomeSentence({ step: 'learning to swim', timeframe: null })).toBe('I will learn to swim.');
  });
});
