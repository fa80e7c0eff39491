import { describe, expect, it } from 'vitest';
import { sameNeed, saysNoMoreThan } from '../../src/language/sameNeed';

/* A need or a piece of help said again, in the same or other words, is one item. */

describe('the same need or help said twice', () => {
  it.each([
    ['i get nervous talking to people', 'talking to people makes me nervous'],
    ['i cant cook', 'cooking is hard'],
    ['I find reading hard', 'reading is hard for me'],
    ['a laptop', 'Laptops'],
    ['a TA', 'TA'],
    ['someone reads to me', 'someone to read to me'],
  ])('"%s" and "%s" are one', (a, b) => expect(sameNeed(a, b)).toBe(true));

  it.each([
    ['I find maths hard', 'I find reading hard'],
    ['reading is hard', 'reading long words is hard'],
    ['extra time', 'extra time in exams'],
    ['a TA', 'a TA in maths'],
    ['I get tired', 'I get anxious'],
    ['i cant cook or manage money', 'i cant manage money'],
  ])('"%s" and "%s" are two', (a, b) => expect(sameNeed(a, b)).toBe(false));
});

describe('help that says no more than help kept already', () => {
  it.each([
    ['extra time', 'extra time in exams'],
    ['a laptop', 'a laptop for writing'],
  ])('"%s" adds nothing to "%s"', (help, kept) => expect(saysNoMoreThan(help, kept)).toBe(true));

  it.each([
    ['extra time in exams', 'extra time'],
    ['a reader', 'a reading pen'],
  ])('"%s" says more than "%s"', (help, kept) => expect(saysNoMoreThan(help, kept)).toBe(false));
});
