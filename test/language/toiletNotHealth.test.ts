import { describe, expect, it } from 'vitest';
import { needSection } from '../../src/language/planPart';

/* The word toilet means a toileting need only when it is about using the toilet. */
describe('bullying told with the word toilet', () => {
  it.each(['they put my bag in the toilet', 'people write things about me on the toilet walls', 'they lock me in the toilets'])('"%s" is not health', (typed) => {
    expect(needSection(typed)).not.toBe('health');
  });

  it.each([
    ['he needs help in the toilet', 'social_care'],
    ['she is not dry at night yet', 'social_care'],
    ['he wets himself and needs a continence nurse', 'health'],
  ])('"%s" is still a toileting need (%s)', (typed, part) => expect(needSection(typed)).toBe(part));
});
