import { describe, expect, it } from 'vitest';
import { letsGoOfChange } from '../../src/language/letGo';
import { readOutcomeField } from '../../src/language/reviewRequest';

describe('an outcome answer named in everyday words at the review', () => {
  it.each([
    ['the bus one what it does for me is wrong. it shud say i feel more grown up', 'doesForMe', 'i feel more grown up'],
    ['what it makes possible should be i could get a job', 'makesPossible', 'i could get a job'],
    ['how i would feel: proud', 'doesForMe', 'proud'],
    ['what it makes possible shud be different', 'makesPossible', ''],
    ['how we will know should be my manager says so', 'measure', 'my manager says so'],
    ['the when bit shud be by xmas 2027', 'when', 'by xmas 2027'],
    ['when it will happen should be next summer', 'when', 'next summer'],
  ])('"%s"', (typed, field, to) => {
    expect(readOutcomeField(typed)).toEqual({ field, to });
  });
});

describe('letting go of a change', () => {
  it.each(['ugh forget it', 'nvm leave it', 'doesnt matter', 'nah keep it as it is'])('"%s" lets go', (typed) => {
    expect(letsGoOfChange(typed)).toBe(true);
  });
  it.each(['forget about the bus one and change the date', 'i want to forget my worries', 'keep it short and say i feel proud'])('"%s" does not', (typed) => {
    expect(letsGoOfChange(typed)).toBe(false);
  });
});
