import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/* "next summer still": words typed after the time are not part of the phrase kept. */
const context = { today: '2026-12-03', schoolYear: 11 } as Parameters<typeof readWhenAnswer>[1];

describe('a time with a filler after it', () => {
  it.each([
    ['next summer still', 'next summer'],
    ['by next summer tho', 'by next summer'],
    ['by easter though', 'by easter'],
    ['next summer i think', 'next summer'],
    ['by july maybe', 'by july'],
  ])('"%s" keeps "%s"', (typed, phrase) => expect(readWhenAnswer(typed, context).timeframe?.phrase).toBe(phrase));

  it.each([['still at school by july'], ['by the summer or so']])('"%s" keeps its words', (typed) => {
    expect(readWhenAnswer(typed, context).timeframe?.phrase ?? '').toMatch(/still|or so|july|summer/);
  });
});

describe('a choice on screen said back at "by when?"', () => {
  const YEAR_9 = { today: '2026-12-04', schoolYear: 9, earlyYears: false };
  it.each([
    ['the summer one', 'summer', '2027-07-22'],
    ['the july option', 'july', '2027-07-31'],
    ['the end of year 10 one', 'end of year 10', '2028-07-21'],
  ])('"%s" is the choice "%s", without "the ... one"', (text, phrase, date) => {
    expect(readWhenAnswer(text, YEAR_9).timeframe).toEqual({ phrase, date });
  });
});
