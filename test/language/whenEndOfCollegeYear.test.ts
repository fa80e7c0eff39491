import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language';

/* "by end of college year", with no "this", is the end of the college year, as "by the end of this college year" is. */
describe('the end of the college year without "this"', () => {
  const context = { today: '2025-03-10' } as Parameters<typeof readWhenAnswer>[1];
  it.each(['by end of college year', 'end of school year'])('%j is read as July', (typed) => {
    expect(readWhenAnswer(typed, context).timeframe?.date).toBe('2025-07-22');
  });
  it('leave alone: "my college year was fun" is not a date', () => {
    expect(readWhenAnswer('my college year was fun', context).timeframe).toBeNull();
  });
});
