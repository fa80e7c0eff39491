import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';
import { findTimeframe, type TimeContext } from '../../src/language/timeframe';
import { readWhenAnswer } from '../../src/language/whenAnswer';

const DEC_2026_YEAR_12: TimeContext = { today: '2026-12-02', schoolYear: 12 };

describe('an age said with a clearer date', () => {
  it.each([
    ["When I'm 18, so next September", '2027-09-30'],
    ['when im 18 so next september', '2027-09-30'],
    ["in a year, when I'm 18", '2027-12-02'],
  ])('"%s" is dated by the clearer words (%s)', (typed, date) => {
    expect(findTimeframe(typed, DEC_2026_YEAR_12)?.date).toBe(date);
    // Typed at "by when?", the whole answer is kept as their words, with the clearer date.
    expect(readWhenAnswer(typed, DEC_2026_YEAR_12).timeframe).toEqual({ phrase: typed, date });
  });

  it('an age alone is still dated by the age', () => {
    const alone = findTimeframe("when I'm 18", DEC_2026_YEAR_12);
    expect(alone?.phrase).toBe("when I'm 18");
    expect(alone?.date).not.toBe('2027-09-30');
    expect(alone?.date).toMatch(/^2028-0[67]/);
  });
});

describe('the read-back of an age beside a clearer date', () => {
  it('leads with the clearer date and drops the age beside it', () => {
    const typed = 'do the maths for a car repair wiv out help when im 18, so next september';
    const timeframe = findTimeframe(typed, DEC_2026_YEAR_12)!;
    expect(outcomeSentence({ step: typed, timeframe })).toBe('By next September (2027), I will do the maths for a car repair wiv out help.');
  });
});
