import { describe, expect, it } from 'vitest';
import { readHopesAsked } from '../../src/language/hopesAsked';
import { partsNamed } from '../../src/language/partsNamed';

describe('a complaint about how the hopes were written', () => {
  it.each([
    'no thats wrong the bus one is seperate from college its about going into town',
    'hang on you wrote my hopes wrong the first one is two things can you fix it',
    'you got the bus one wrong',
    'thats not right the first one is two things',
    'I am sorry but I think you have got that muddled. Her hopes are: talking, friends, swimming and a little job.',
    'Please may I write the hopes again?',
    'Can we go back to the hopes please?',
  ])('"%s" asks which hope to change', (said) => {
    expect(readHopesAsked(said)).toBe('whichChange');
  });

  it.each([
    "that's wrong",
    "that's wrong, the first one should be be a mechanic like his uncle",
    'thats wrong. live on my own',
    'stop getting things wrong in my assignments',
    'i want to learn to fix bikes',
    'she gets muddled up with numbers',
    'i want to go back to swimming',
  ])('"%s" is not read as one', (said) => {
    expect(readHopesAsked(said)).not.toBe('whichChange');
  });
});

describe('the parts of a cut message named again', () => {
  const parts = ['pass my course', 'go onto level 2', 'get the bus to college on my own'];
  it('names the two said', () => {
    expect(partsNamed('pass my course and go onto level 2 is the same thing really its all one hope', parts)).toEqual([0, 1]);
  });
  it('names none in "its all one hope"', () => {
    expect(partsNamed('its all one hope', parts)).toEqual([]);
  });
});
