import { describe, expect, it } from 'vitest';
import { needToAdd } from '../../src/language/needToAdd';

describe('a new need asked for at the review', () => {
  it.each([
    ['add that he cant sleep', 'he cant sleep'],
    ['another hard thing is noise', 'noise'],
    ['add a hard thing: loud places', 'loud places'],
    ['can you add another need - the bus is too busy', 'the bus is too busy'],
    ['something else that is hard is the lunch hall', 'the lunch hall'],
    ['put busy buses in the hard things', 'busy buses'],
    ['add noisy classrooms to what makes things hard', 'noisy classrooms'],
    ['add a need: forms are too hard', 'forms are too hard'],
    ['another hard thing is the ta leaving', 'the ta leaving'],
  ])('"%s" asks to add "%s"', (typed, need) => expect(needToAdd(typed)).toBe(need));

  it.each([
    'add that i want to learn to swim',
    'add a hope: go swimming',
    'another hope is to drive',
    'noise is hard for me',
    'change the date',
    'looks good',
    "ok that's fine",
    'is another hard thing noise?',
    'the hard thing is wrong',
    'add a need for a ta',
    'add another need for more help in maths',
    'another need is a ta in class',
    'add a need: extra reading lessons',
  ])('"%s" is left alone', (typed) => expect(needToAdd(typed)).toBeNull());
});
