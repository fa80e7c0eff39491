import { describe, expect, it } from 'vitest';
import { forgetQuotedHopes, quoteHopeIn, quotedHopesHeld } from '../../src/language/hopeItself';

/* The quotes of hopes are a young person's own words: only a few are held, shared by no more than a read-back. */
describe('hopes quoted back', () => {
  it('are held only a few at a time, however many people are chatting', () => {
    forgetQuotedHopes();
    for (let i = 0; i < 200; i++) quoteHopeIn(`i want to be a vet with ${i} cats`, i % 2 === 0 ? 'standard' : 'easy_read');
    expect(quotedHopesHeld()).toBeLessThanOrEqual(16);
  });

  it('read the same after being forgotten', () => {
    const before = quoteHopeIn('he wants to be a footballer', 'standard');
    forgetQuotedHopes();
    expect(quotedHopesHeld()).toBe(0);
    expect(quoteHopeIn('he wants to be a footballer', 'standard')).toBe(before);
  });
});
