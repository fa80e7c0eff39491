import { describe, expect, it } from 'vitest';
import { withoutPointingTail } from '../../src/language/timeBesideRemark';
import { readWhenAnswer } from '../../src/language/whenAnswer';

const arjun = { today: '2026-12-02', schoolYear: 2, age: 7 };

describe('a time with a remark pointing back after it', () => {
  it('"easter i said" keeps "easter" as the phrase, never "Easter I said"', () => {
    expect(readWhenAnswer('easter i said', arjun).timeframe).toEqual({ phrase: 'easter', date: '2027-03-25' });
  });
  it('"make it end of year 3 like the other" keeps only "end of year 3"', () => {
    expect(readWhenAnswer('make it end of year 3 like the other', arjun).timeframe?.phrase).toBe('end of year 3');
    expect(withoutPointingTail('summer like i told you')).toBe('summer');
    expect(withoutPointingTail('in a year same as the first one')).toBe('in a year');
  });
  it('leaves alone a time with no remark, and a remark with no time', () => {
    expect(withoutPointingTail('by easter')).toBe('by easter');
    expect(withoutPointingTail('like the other')).toBe('like the other');
    expect(withoutPointingTail('i said')).toBe('i said');
    expect(withoutPointingTail('by the end of year 6 please')).toBe('by the end of year 6 please');
  });
});
