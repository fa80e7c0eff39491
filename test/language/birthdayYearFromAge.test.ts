import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language/timeframe';

/*
 * "by his 10th birthday, he is 8 now", with no date of birth: the birthday is at most two years on, so the date
 * kept is never the July after it (Funmi, Tobi's mum, in December of Year 3, was told July 2029).
 */
describe('an ordinal birthday with the age known and no date of birth', () => {
  it.each([
    ['walk 5 steps by his 10th birthday', { today: '2026-12-02', schoolYear: 3, age: 8 }, '2028-12-02'],
    ['by her 9th birthday', { today: '2026-12-02', schoolYear: 3, age: 8 }, '2027-12-02'],
    ['before his tenth birthday', { today: '2026-12-02', age: 8, schoolYear: 3 }, '2028-12-02'],
  ])('%j is dated no later than the birthday can be', (said, context, date) => {
    expect(findTimeframe(said, context)?.date).toBe(date);
  });

  it.each([
    ['by his 10th birthday', { today: '2026-12-02', schoolYear: 3 }, '2029-07-20'],
    ['by my 16th birthday', { today: '2025-03-10', dateOfBirth: '2011-03-01' }, '2027-03-01'],
  ])('leave alone: %j without an age (or with a date of birth) is dated as before', (said, context, date) => {
    expect(findTimeframe(said, context)?.date).toBe(date);
  });
});
