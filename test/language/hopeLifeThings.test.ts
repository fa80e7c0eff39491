import { describe, expect, it } from 'vitest';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * At the hopes question: a future, a trade or a shop of their own is a hope, not help asked for;
 * a room, a device or a taxi given to them is still help.
 */

describe('a life of their own named as a thing', () => {
  it.each([
    'have a cake shop',
    'Have a trade, mechanic or something hands on',
    'a future',
    'just want her to have a future. the doctors said she might never talk and now she says about 20 words. I want her to live the fullest life she can',
    'my own hair salon',
    'to run a little cafe',
  ])('"%s" is a hope', (said) => {
    expect(coachHope(said)).toBe('aspiration');
  });

  it.each(['a sensory room', 'a laptop', 'a taxi to school', 'a place at the farm with someone to help me'])('"%s" is still help asked for', (said) => {
    expect(coachHope(said)).toBe('support_as_hope');
  });
});
