import { describe, expect, it } from 'vitest';
import { choiceFromLabels, exactChoice } from '../../src/language/choice';

const SURE = [
  { value: 'notSure', synonyms: ["I'm not sure", 'Not sure'] },
  { value: 'skip', synonyms: ['Nothing for now'] },
];

describe('a reply among labelled choices', () => {
  it('takes a tapped label, a close spelling and a number', () => {
    expect(exactChoice("i'm not sure", SURE)).toBe('notSure');
    expect(choiceFromLabels('nothin for now', SURE)).toBe('skip');
    expect(choiceFromLabels('2', SURE)).toBe('skip');
  });

  it('reads a reply much longer than any label as the person\'s own words', () => {
    expect(choiceFromLabels("I'm sure my friends like me because I make them laugh", SURE)).toBeUndefined();
  });
});
