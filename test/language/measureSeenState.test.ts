import { describe, expect, it } from 'vitest';
import { readsAsBenefit } from '../../src/language/benefitNotMeasure';
import { isVagueMeasure } from '../../src/language/vagueMeasure';

/*
 * At "how would you know?", a carer names a state anyone could see, and how often: "he would be out
 * of pull ups in the day and dry most days at school". That is a measure, not what it would do for him.
 */

describe('a state anyone could see, said with "he would be"', () => {
  it.each([
    'he would be out of pull ups in the day and dry most days at school',
    'she would be dry most nights',
    'he would be in pants all day',
    'he would be out of nappies at nursery',
  ])('"%s" is a measure', (typed) => {
    expect(readsAsBenefit(typed)).toBe(false);
    expect(isVagueMeasure(typed)).toBe(false);
  });

  it.each(['he would be happier', 'he would feel proud', 'she would be more confident'])('"%s" is still what it would do for them', (typed) => {
    expect(readsAsBenefit(typed)).toBe(true);
  });
});

it('"he would be calmer in the day" is still what it would do for him', () => {
  expect(readsAsBenefit('he would be calmer in the day')).toBe(true);
});
