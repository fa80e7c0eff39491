import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language/timeframe';
import { monthSaidBeside } from '../../src/language/monthSaid';
import { timeframeLead } from '../../src/language/timeframeLead';

const context = { today: '2026-12-02', schoolYear: 11, age: 16 };

describe('times read as people mean them', () => {
  it('a month said beside a season is the date', () => {
    expect(monthSaidBeside('summer gcse results day is august', 'summer', '2027-07-21')).toBe('2027-08-31');
    expect(monthSaidBeside('by christmas, my birthday is in june', 'by christmas', '2026-12-18')).toBeNull();
    expect(monthSaidBeside('i may do it by summer', 'by summer', '2027-07-21')).toBeNull();
  });

  it('next season is when the next football season starts, in August; its end is in May', () => {
    expect(findTimeframe('next seson', context)?.date).toBe('2027-08-31');
    expect(findTimeframe('next football season', context)).toEqual({ phrase: 'next football season', date: '2027-08-31' });
    expect(findTimeframe('by the start of next season', context)?.date).toBe('2027-08-31');
    expect(findTimeframe('before the season starts', context)?.date).toBe('2027-08-31');
    expect(findTimeframe('next season', { ...context, today: '2027-06-10' })?.date).toBe('2027-08-31');
    expect(findTimeframe('by the end of next season', context)?.date).toBe('2028-05-31');
    expect(findTimeframe('end of the season', context)?.date).toBe('2027-05-31');
    expect(findTimeframe('by the end of this season', context)?.date).toBe('2027-05-31');
    expect(findTimeframe('theyre killing me this season', context)).toBeNull();
  });

  it('the sentence leaves a hedge out', () => {
    expect(timeframeLead({ phrase: 'by next summer hopefully', date: '2027-07-21' })).toBe('By next summer (July 2027)');
    expect(timeframeLead({ phrase: 'ideally by easter please', date: '2027-03-26' })).toBe('By Easter (March 2027)');
  });
});
