import { describe, expect, it } from 'vitest';
import { howOftenAlone, howOftenOf } from '../../src/language/howOften';

/** Dave says how often his son's help comes, ruling one out first: the time kept is the one he means. */
describe('how often, with a time ruled out by "not"', () => {
  it.each([
    ['not every day, just mondays', 'on Mondays'],
    ['not every day, only on mondays', 'on mondays'],
    ['not daily, twice a week', 'twice a week'],
  ])('"%s" is %j', (typed, kept) => {
    expect(howOftenOf(typed)).toBe(kept);
    expect(howOftenAlone(typed)).toBe(kept);
  });

  it('leave alone: "every day at lunch" is still every day', () => {
    expect(howOftenOf('a TA helps him every day at lunch')).toBe('every day');
  });
});
