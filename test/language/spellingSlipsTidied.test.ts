import { describe, expect, it } from 'vitest';
import { tidyTextSpeak } from '../../src/language/textSpeak';

describe('plain spelling slips of everyday words', () => {
  it.each([
    ['go to the libary with my freind', 'Go to the library with my friend'],
    ['get the bus to collage on my own', 'Get the bus to college on my own'],
    ['be more independant', 'Be more independent'],
    ['go swiming becuase it helps', 'Go swimming because it helps'],
  ])('"%s" reads "%s"', (typed, tidied) => {
    expect(tidyTextSpeak(typed)).toBe(tidied);
  });

  it.each(['if she falls ill make sure someone calls me', 'make a collage in art', 'go to Libby\'s house', 'the freinds of mine'.replace('freinds', 'mates')])('"%s" keeps its words', (typed) => {
    expect(tidyTextSpeak(typed).slice(1)).toBe(typed.slice(1));
  });
});
