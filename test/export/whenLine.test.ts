import { describe, expect, it } from 'vitest';
import { whenLine } from '../../src/domain/whenLine';

describe('the "by when" line of an outcome in the plan', () => {
  it.each([
    ['by july', '2027-07-31', 'By July 2027'],
    ['by by july', '2027-07-31', 'By July 2027'],
    ['end of july', '2027-07-31', 'By end of July 2027'],
    ['by July 2027', '2027-07-31', 'By July 2027'],
    ['in 6 months', '2027-06-02', 'In 6 months (by 2 June 2027)'],
    ['in a year', '2027-12-02', 'In a year (by 2 December 2027)'],
    ['by christmas', '2026-12-18', 'By Christmas (18 December 2026)'],
    ['b4 xmas', '2026-12-18', 'B4 Xmas (18 December 2026)'],
    ['next summer', '2027-07-22', 'Next summer (by 22 July 2027)'],
    ['by the end of year 11', '2028-07-21', 'By the end of Year 11 (21 July 2028)'],
    ['End of yr 11', '2028-07-21', 'By the end of Year 11 (21 July 2028)'],
    ['the end of y9', '2027-07-22', 'By the end of Year 9 (22 July 2027)'],
    ['end of college', '2028-07-21', 'By the end of college (21 July 2028)'],
    ['before i leave school', '2028-07-21', 'Before I leave school (21 July 2028)'],
    ['by may', '2027-05-31', 'By May 2027'],
    ['next july', '2027-07-31', 'Next July (by 31 July 2027)'],
    // "before July" ends on 30 June, and reads as they said it.
    ['before july', '2027-06-30', 'Before July 2027'],
    ['before september', '2027-08-31', 'Before September 2027'],
  ])('"%s" reads naturally', (phrase, date, line) => {
    expect(whenLine(phrase, date)).toBe(line);
  });

  it('never says "by" twice, whatever the phrase', () => {
    for (const phrase of ['by by july', 'by next summer', 'by the end of this school year', 'by easter', 'By when I am 18']) {
      expect(whenLine(phrase, '2027-07-22').toLowerCase()).not.toMatch(/\bby\b.*\bby\b/);
    }
  });
});
