import { describe, expect, it } from 'vitest';
import { readSkippedHope } from '../../src/language/skippedHope';

describe('a complaint that a hope was skipped', () => {
  it.each([
    ['u skipped my english resit hope. u didnt ask wats hard about it', ['english', 'resit']],
    ['you missed my football one', ['football']],
    ['u didnt ask about the job one', ['job']],
  ])('"%s"', (typed, named) => {
    expect(readSkippedHope(typed)).toEqual({ named });
  });

  it.each(['i skipped school', 'my mum forgot my lunch', 'the bus skipped my stop', 'i get anxious in big groups'])('"%s" is no such complaint', (typed) => {
    expect(readSkippedHope(typed)).toBeNull();
  });
});
