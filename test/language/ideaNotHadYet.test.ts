import { describe, expect, it } from 'vitest';
import { ideaAfterNothing } from '../../src/language/ideaAfterNothing';

describe('support not had yet, after "nothing helps"', () => {
  it.each([
    ['nothing rly i dont get extra time yet', 'extra time'],
    ['nothing. i havent got a laptop yet', 'a laptop'],
    ['nothing rly; i didnt know u could get extra time', 'extra time'],
  ])('%j wishes for %j', (typed, idea) => expect(ideaAfterNothing(typed)).toBe(idea));
  it.each(['nothin i dont get bullied', 'nothing rly i get extra time', 'nothing i dont get extra time', 'they take my money'])('%j names no wish', (typed) =>
    expect(ideaAfterNothing(typed)).toBeNull());
});
