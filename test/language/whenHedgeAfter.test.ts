import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/* "end of this year, be realistic": the hedge after the time is said to us, never kept in the plan. */
const context = { today: '2026-12-02', schoolYear: 10 } as Parameters<typeof readWhenAnswer>[1];

describe('a time with a hedge after it', () => {
  it.each([
    ['end of this year, be realistic', 'end of this year'],
    ['by summer, be honest', 'by summer'],
    ['by christmas to be honest', 'by christmas'],
    ['end of this year realistically', 'end of this year'],
  ])('"%s" keeps "%s"', (typed, phrase) => expect(readWhenAnswer(typed, context).timeframe?.phrase).toBe(phrase));

  it('"by the summer when i can be honest with people" keeps only the time', () => {
    expect(readWhenAnswer('by the summer when i can be honest with people', context).timeframe?.phrase).toBe('by the summer');
  });
});
