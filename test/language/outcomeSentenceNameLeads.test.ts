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

  // A doing word before "to" is never a child called Jog; a name that is a word too ("Mark") still names them.
  it.each([
    ['Finley', 'Jog to the park with his dad', 'Finley will jog to the park with his dad.'],
    ['Finley', 'Skate to the skate park on his own', 'Finley will skate to the skate park on his own.'],
    ['Finley', 'Talk to one other kid at break', 'Finley will talk to one other kid at break.'],
    ['', 'Mark to read a book on his own', 'Mark will read a book on his own.'],
    ['Chase', 'Chase to ride his bike', 'Chase will ride his bike.'],
  ])('child "%s": "%s" reads "%s"', (childName, step, expected) => {
    expect(outcomeSentence({ step, timeframe: null, childName })).toBe(expected);
  });
});
