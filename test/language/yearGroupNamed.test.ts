import { describe, expect, it } from 'vitest';
import { namesAYearGroup } from '../../src/language/yearGroupNamed';

describe('a school year named by its number', () => {
  it.each(['by year 10', 'yr10', 'end of y 9', 'Year 6'])('"%s" names a year group', (typed) => {
    expect(namesAYearGroup(typed)).toBe(true);
  });

  it.each(['in a year', 'by next year', 'by the summer', 'in 2 years', 'every day'])('"%s" does not', (typed) => {
    expect(namesAYearGroup(typed)).toBe(false);
  });
});
