import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language/timeframe';
import { onlyATime } from '../../src/language/onlyATime';
import { coachStep } from '../../src/language/coaching';

const context = { today: '2026-12-02', schoolYear: 12, age: 17 };

describe("a time in someone else's words gives way to the person's own", () => {
  it.each([
    ["my teacher said 'by friday' but I mean by summer", 'by summer'],
    ['my teacher said by friday but i mean by summer', 'by summer'],
    ['mum says by christmas, i think by easter', 'by easter'],
    ['my tutor wanted it by next week but i mean by the end of year 12', 'by the end of year 12'],
    ['the school told me "in 2 weeks", for me by july', 'by july'],
    ['he said “by half term” but i’d say by next summer', 'by next summer'],
  ])('"%s" is read as %s', (typed, phrase) => {
    expect(findTimeframe(typed, context)?.phrase).toBe(phrase);
  });

  it.each([
    ['my teacher said by july', 'by july'],
    ["by summer, i said 'friday' as a joke", 'by summer'],
    ['by christmas', 'by christmas'],
  ])('"%s" still reads %s when it is the only time or their own', (typed, phrase) => {
    expect(findTimeframe(typed, context)?.phrase).toBe(phrase);
  });

  it("someone else's soon does not make the step a short target", () => {
    const read = coachStep("go to my work placement at the cafe, my teacher said 'by friday' but I mean by summer", context);
    expect(read.action).not.toBe('target');
    expect(read.timeframe?.phrase).toBe('by summer');
  });

  it('said where only a time is wanted, it is a time', () => {
    expect(onlyATime("my teacher said 'by friday' but I mean by summer", context)?.phrase).toBe('by summer');
  });
});
