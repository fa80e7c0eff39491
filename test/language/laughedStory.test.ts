import { describe, expect, it } from 'vitest';
import { laughedStoryBeside } from '../../src/language/laughedStory';

/* A funny story told with "lol", sharing nothing with the question's topic, is not the answer. */
describe('a laughed story beside a question about a hope', () => {
  it.each([
    ['Alfie kiked me in fotbal it was a accident lol', 'be in the football team running fast'],
    ['biscuit ate mi sok yesterday lol', 'I will ride my bike to school'],
    ['my sister fell in the mud today haha', 'make a friend at school'],
    ['the cat got stuck on the shed lmao', 'read a book on my own'],
  ])('"%s" is a story beside the question', (typed, topic) => {
    expect(laughedStoryBeside(typed, topic)).toBe(true);
  });

  it.each([
    ['my dog helps me calm down lol', 'feel calm at school'],
    ['it helps me run faster lol', 'running fast'],
    ['it makes me feel a big boy lol', 'ride my bike'],
    ['I ran fast yesterday lol', 'running fast'],
    ['biscuit ate mi sok yesterday', 'ride my bike'],
    ['my dad hits me lol', 'ride my bike'],
    ['he touched me yesterday lol', 'ride my bike'],
    ['they took my money yesterday lol', 'ride my bike'],
  ])('"%s" may be the answer, or a worry, so it is not set aside', (typed, topic) => {
    expect(laughedStoryBeside(typed, topic)).toBe(false);
  });
});
