import { describe, expect, it } from 'vitest';
import { isGoodSentence, outcomeSentence } from '../../src/language/outcomeSentence';

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

/* Wendy writes Alfie's outcome as "we": the outcome is the child's, so it reads "Alfie will ...". */
describe('a carer\'s "we" in the child\'s outcome', () => {
  it.each([
    ['We will play a game with another child at break time', 'Alfie will play a game with another child at break time.'],
    ['we hope that we will play with another child at break', 'Alfie will play with another child at break.'],
    ['we play football every week', 'Alfie will play football every week.'],
  ])('%j is %j', (step, sentence) => expect(outcomeSentence({ step, timeframe: null, childName: 'Alfie' })).toBe(sentence));

  it.each([
    ['Alfie will play with a friend', 'Alfie will play with a friend.'],
    ['he will play with a friend', 'Alfie will play with a friend.'],
    ['I want him to say hello to one child', 'Alfie will say hello to one child.'],
    ['Maisie will ride her bike', 'Maisie will ride her bike.'],
    ['I will brush my teeth', 'I will brush my teeth.'],
  ])('%j keeps its voice: %j', (step, sentence) => expect(outcomeSentence({ step, timeframe: null, childName: 'Alfie' })).toBe(sentence));

  it('"We will ..." is never a name\'s sentence, so it is put in one voice', () => {
    expect(isGoodSentence('By July 2027, We will play a game.')).toBe(false);
    expect(isGoodSentence('Maisie will ride her bike.')).toBe(true);
    expect(isGoodSentence('Tom will cook.')).toBe(true);
  });
});
