import { describe, expect, it } from 'vitest';
import { withoutJokes } from '../../src/language/jokeMarks';

/*
 * A joke mark is about the words before it: "jk", "only joking", "joking!" said alone. Someone who
 * "is always joking" is being described, and that sentence is kept.
 */
describe('which sentences are marked as a joke', () => {
  it.each([
    ['He wants to be a comedian, he is always joking. He wants to live on his own.'],
    ['She is always kidding around. She wants to work with animals.'],
    ['school, not really'],
  ])('"%s" is kept whole', (typed) => {
    expect(withoutJokes(typed)).toBe(typed);
  });

  it.each([
    'play for arsenal. jk. do music tech at college',
    'play for arsenal lol jk. do music tech at college',
    'play for arsenal, only joking. do music tech at college',
    'play for arsenal just kidding. do music tech at college',
    'play for arsenal im joking. do music tech at college',
    'play for arsenal. joking! do music tech at college',
    'play for arsenal. kidding. do music tech at college',
    'play for arsenal lol kidding. do music tech at college',
  ])('"%s" keeps only what is meant', (typed) => {
    expect(withoutJokes(typed)).toBe('do music tech at college');
  });
});
