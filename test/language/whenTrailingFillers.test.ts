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
