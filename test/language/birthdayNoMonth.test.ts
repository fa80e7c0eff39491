import { describe, expect, it } from 'vitest';
import { birthdayWithoutMonth, monthOnlyNamed } from '../../src/language/birthdayNoMonth';

describe('a birthday time with no month', () => {
  it.each([
    ['by my birthday', 'by my birthday'],
    ['By his birthday.', 'By his birthday'],
    ['before her next bday please', 'before her next bday'],
    ["hopefully by Leo's birthday", "by Leo's birthday"],
  ])('"%s" is the birthday time "%s"', (typed, words) => {
    expect(birthdayWithoutMonth(typed)).toBe(words);
  });

  it.each(['by my birthday in march', 'by my 18th birthday', 'by my birthday party', 'for my birthday i want a bike', 'by christmas'])('"%s" is not', (typed) => {
    expect(birthdayWithoutMonth(typed)).toBeUndefined();
  });
});

describe('a month named alone', () => {
  it.each([
    ['march', 'march'],
    ["it's in June", 'june'],
    ['Sept i think', 'september'],
    ['in dec', 'december'],
    ['my birthday is in may', 'may'],
  ])('"%s" names %s', (typed, month) => {
    expect(monthOnlyNamed(typed)).toBe(month);
  });

  it.each(['by the summer', 'march or april', 'i dont know', 'the 3rd of march', 'may be'])('"%s" names no single month alone', (typed) => {
    expect(monthOnlyNamed(typed)).toBeUndefined();
  });
});
