import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// An age reached on a birthday said beside it: the birthday in the year they reach that age, all kept.
const YEAR_8_AGED_12 = { today: '2026-12-05', schoolYear: 8, age: 12, earlyYears: false };
const AGED_23 = { today: '2026-12-05', age: 23, earlyYears: false };
const AGED_2 = { today: '2026-12-05', age: 2, earlyYears: true };

describe('an age with the birthday it comes on', () => {
  it.each([
    ['by the time im 14. my birthday is 20 june', YEAR_8_AGED_12, '2028-06-20'],
    ['before i turn 25, my bday is 11 november', AGED_23, '2028-11-11'],
    ['by her 3rd birthday, its the 14th of august', AGED_2, '2027-08-14'],
  ])('"%s" is that birthday, kept in their words', (text, context, date) => {
    const read = readWhenAnswer(text, context);
    expect(read.timeframe?.date).toBe(date);
    expect(read.timeframe?.phrase).toBe(text);
  });

  it('keeps the next birthday when the age said is the next one', () => {
    expect(readWhenAnswer('when im 13, my birthday is 20 june', YEAR_8_AGED_12).timeframe?.date).toBe('2027-06-20');
  });

  it('keeps only the time when a reason is said with it', () => {
    expect(readWhenAnswer('by 20 june because thats when my mum gets back from work abroad', YEAR_8_AGED_12).timeframe?.phrase).toBe('by 20 june');
  });
});
