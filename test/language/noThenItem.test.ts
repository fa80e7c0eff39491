import { describe, expect, it } from 'vitest';
import { readMore } from '../../src/language/closedAnswers';

describe('a no that goes on to the next item', () => {
  it.each([
    ['no, learn to drive', 'learn to drive'],
    ['nah he wants to go swimming', 'he wants to go swimming'],
    ['no. to live in a flat with friends', 'to live in a flat with friends'],
    ["no, i'd like to work with animals", "i'd like to work with animals"],
  ])('"%s" is the item "%s"', (typed, item) => {
    expect(readMore(typed)).toEqual({ answer: 'yes', content: item });
  });
  it.each(['no thanks', 'no, go on', 'no he is fine', 'no, why?', 'no not really', 'no, thats all', 'no, nothing else for now', 'nope, next', 'no, its enough', 'no, skip it', 'no, he has enough hopes'])('"%s" stays a no', (typed) => {
    expect(readMore(typed)).toEqual({ answer: 'no' });
  });
});
