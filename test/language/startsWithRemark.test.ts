import { describe, expect, it } from 'vitest';
import { withoutExasperatedLead } from '../../src/language/exasperatedLead';

describe('a remark on how the outcome starts, before the outcome', () => {
  it.each([
    ['it DOES start with tyrone will. tyrone will tell an adult when hes cross', 'tyrone will tell an adult when hes cross'],
    ['it does say I will! I will get the bus on my own', 'I will get the bus on my own'],
  ])('"%s" keeps only the outcome', (typed, kept) => {
    expect(withoutExasperatedLead(typed)).toBe(kept);
  });
  it.each(['it does start with tyrone will', 'tyrone will tell an adult. it helps him'])('"%s" is kept whole', (typed) => {
    expect(withoutExasperatedLead(typed)).toBe(typed);
  });
});
