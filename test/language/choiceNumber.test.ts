import { describe, expect, it } from 'vitest';
import { choiceFromLabels } from '../../src/language/choice';

const WHEN = [
  { value: 'year7', synonyms: ['In Year 7'] },
  { value: 'summer', synonyms: ['By the summer'] },
];

describe('a button with a number in it is only chosen with that number', () => {
  it.each(['in a year', 'in year 8', 'a year'])('"%s" is not "In Year 7"', (typed) => {
    expect(choiceFromLabels(typed, WHEN)).toBeUndefined();
  });

  it.each(['in year 7', 'year 7', 'In Year 7'])('"%s" is "In Year 7"', (typed) => {
    expect(choiceFromLabels(typed, WHEN)).toBe('year7');
  });

  it('still takes a close spelling of a label with no number', () => {
    expect(choiceFromLabels('by the sumer', WHEN)).toBe('summer');
  });
});
