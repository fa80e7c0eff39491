import { describe, expect, it } from 'vitest';
import { timeBesideRemark } from '../../src/language/timeBesideRemark';

describe('a time with a remark after it', () => {
  it('finds the time before a reason or a remark', () => {
    expect(timeBesideRemark('end of year 2. it take time for him')).toBe('end of year 2');
    expect(timeBesideRemark('in 6 months. this is the most urgent')).toBe('in 6 months');
    expect(timeBesideRemark('End of Year 2, because he need more time', { reasonsAboutThem: true })).toBe('end of year 2');
  });

  it('leaves alone a second time, a measure, or a message with no time', () => {
    expect(timeBesideRemark('end of year 2. or maybe next year')).toBeNull();
    expect(timeBesideRemark('in 6 months. he is dry all day')).toBeNull();
    expect(timeBesideRemark('he is dry all day. it is important')).toBeNull();
    expect(timeBesideRemark('end of year 2')).toBeNull();
  });

  it('takes a reason after "so" or "because" as no second date, even when it names a year', () => {
    expect(timeBesideRemark("end of year 5, so he's ready for year 6 and sats", { reasonsAboutThem: true })).toBe('end of year 5');
    expect(timeBesideRemark('by easter because year 6 starts in september', { reasonsAboutThem: true })).toBe('by easter');
    expect(timeBesideRemark('end of year 9 so that she is ready for year 10')).toBe('end of year 9');
  });

  it('leaves alone "or so" and a second time said with "so"', () => {
    expect(timeBesideRemark('end of year 5 or so')).toBeNull();
    expect(timeBesideRemark('end of year 5, or year 6')).toBeNull();
  });
});
