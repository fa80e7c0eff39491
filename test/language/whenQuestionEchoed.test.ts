import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// The question's own words typed before the answer at "by when?" ("When By july 2027") are not part of the time.
const YEAR_9_DEC_2026 = { today: '2026-12-05', schoolYear: 9, earlyYears: false };

describe('"when" typed before the answer to "by when?"', () => {
  it.each([
    ['When By july 2027', 'By july 2027', '2027-07'],
    ['when: by easter', 'by easter', '2027-03'],
    ['By when? by the end of year 10', 'by the end of year 10', '2028-07'],
  ])('"%s" is kept as "%s"', (said, phrase, month) => {
    const read = readWhenAnswer(said, YEAR_9_DEC_2026).timeframe;
    expect(read?.phrase).toBe(phrase);
    expect(read?.date.slice(0, 7)).toBe(month);
  });

  it('"when I leave school" is still a time said with "when"', () => {
    expect(readWhenAnswer('when i leave school', YEAR_9_DEC_2026).timeframe?.phrase).toBe('when i leave school');
  });
});
