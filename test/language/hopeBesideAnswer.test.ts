import { describe, expect, it } from 'vitest';
import { hopeAfterAnswer } from '../../src/language/hopeBesideAnswer';

describe('a hope said after a short answer', () => {
  it.each([
    ['yeah im safe. i just want my own place one day', 'i just want my own place one day'],
    ['yes i feel safe. one day i want to be a chef', 'one day i want to be a chef'],
    ['yep, i would love to drive a car', 'i would love to drive a car'],
  ])('"%s" -> "%s"', (typed, hope) => {
    expect(hopeAfterAnswer(typed)?.hope).toBe(hope);
  });

  it.each(['yeah im safe', 'yes. i just want to go home', 'yes. i want to stop now', 'yeah. school is loud', 'yes i want my own place'])('leave alone: "%s"', (typed) => {
    expect(hopeAfterAnswer(typed)).toBeUndefined();
  });
});
