import { describe, expect, it } from 'vitest';
import { numberBesideWords } from '../../src/language/numberBesideWords';

describe('a number said beside a few words', () => {
  it.each([
    ['3, the chef one', 3, 'the chef one'],
    ['number 2 swimming', 2, 'swimming'],
    ['the chef one, number 3', 3, 'the chef one'],
    ['chef (3)', 3, 'chef'],
    ['the third one, the chef one', 3, 'the chef one'],
    ["it's 3 the cooking one", 3, 'the cooking one'],
  ])('"%s" is number %i with "%s"', (typed, number, words) => {
    expect(numberBesideWords(typed)).toEqual({ number, words });
  });

  it.each(['3', 'number 3', 'the third one', 'one about reading', 'the first aid one', '2 please'])('"%s" is not a number with words', (typed) => {
    expect(numberBesideWords(typed)).toBeUndefined();
  });
});
