import { describe, expect, it } from 'vitest';
import { addedOn, withoutCarryOn } from '../../src/language/addedOn';

describe('a message that adds to the answer before', () => {
  it.each([
    ['and one more thing - she would love a dog', 'she would love a dog'],
    ['Oh also football', 'football'],
    ['ps i forgot to say he likes trains', 'he likes trains'],
    ['wait, and another thing: horse riding', 'horse riding'],
    ['plus baking', 'baking'],
    ['karate as well', 'karate'],
    ['I should have said, he loves music', 'he loves music'],
  ])('"%s" adds "%s"', (typed, words) => {
    expect(addedOn(typed)).toBe(words);
  });

  it.each(['he gets tired and cross', 'it scares her too', 'and what happens next?', 'andy is his best mate', 'also thats all', 'the noise as well as the lights make it hard'])(
    '"%s" is an answer of its own',
    (typed) => {
      expect(addedOn(typed)).toBeUndefined();
    },
  );

  it('drops the carrying-on words only at the start', () => {
    expect(withoutCarryOn('and another thing, she loves drawing and painting')).toBe('she loves drawing and painting');
  });
});
