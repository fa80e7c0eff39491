import { describe, expect, it } from 'vitest';
import { timesForEach } from '../../src/language/timesForEach';

const context = { today: '2026-12-02', schoolYear: 9, age: 14 };

describe('times given to different goals in one answer', () => {
  it('reads each time with what it is for, either way round', () => {
    expect(timesForEach('6 months for the reading one, a year for everything else', context)).toEqual([
      { time: '6 months', forWhat: 'the reading one', rest: false },
      { time: 'a year', forWhat: 'everything else', rest: true },
    ]);
    expect(timesForEach('reading: by easter. friends - end of year 10', context)?.map((t) => t.forWhat)).toEqual(['reading', 'friends']);
  });

  it('keeps "reading and writing" together as what one time is for', () => {
    expect(timesForEach('6 months for reading and writing, a year for the rest', context)?.[0]?.forWhat).toBe('reading and writing');
  });

  it('is no reading at all for one time, or times that say nothing of what they are for', () => {
    expect(timesForEach('in a year', context)).toBeUndefined();
    expect(timesForEach('by christmas or easter', context)).toBeUndefined();
    expect(timesForEach('by christmas, or easter', context)).toBeUndefined();
  });

  it('is no second time when the second names a year in a reason ("so he\'s ready for year 6")', () => {
    const year4 = { today: '2026-12-02', schoolYear: 4, age: 9 };
    expect(timesForEach("end of year 5, so he's ready for year 6 and sats", year4)).toBeUndefined();
    expect(timesForEach('by summer because he starts year 7 for secondary', year4)).toBeUndefined();
    expect(timesForEach('end of year 5 for reading, end of year 6 for the rest', year4)?.length).toBe(2);
  });
});
