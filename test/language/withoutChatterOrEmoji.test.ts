import { describe, expect, it } from 'vitest';
import { withoutChatterOrEmoji } from '../../src/language/chatter';

describe('an answer as kept in the plan', () => {
  it.each([
    ['money lol', 'money'],
    ['tbh loud rooms 😅', 'loud rooms'],
    ['ngl busy places', 'busy places'],
    ['my nan x', 'my nan'],
    ["I can't read 👍🏽 well", "I can't read well"],
    ['xbox games', 'xbox games'],
  ])('%j is kept as %j', (typed, kept) => {
    expect(withoutChatterOrEmoji(typed)).toBe(kept);
  });

  it.each(['lol', '😂'])('%j alone is left as it is, never made empty', (typed) => {
    expect(withoutChatterOrEmoji(typed)).toBe(typed);
  });
});
