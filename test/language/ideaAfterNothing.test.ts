import { describe, expect, it } from 'vitest';
import { ideaAfterNothing } from '../../src/language/ideaAfterNothing';

describe('nothing helps, then support they did not know about', () => {
  it.each([
    ['nothing rly; i didnt know u could get extra time', 'extra time'],
    ['nothing. i didnt know you could get extra time', 'extra time'],
    ['nothing really, i never knew you could have a reader', 'a reader'],
  ])('%j: nothing helps; %j is an idea', (typed, idea) => expect(ideaAfterNothing(typed)).toBe(idea));

  it.each([
    'nothing rly',
    'extra time helps, i didnt know u could get it',
    'my mum reads it to me',
    'nothing. they said id get a laptop but i never got one',
    'i didnt know you could get extra time',
    'nothing, i dont know',
  ])('%j: no such idea', (typed) => expect(ideaAfterNothing(typed)).toBeNull());
});
