import { describe, expect, it } from 'vitest';
import { withoutChatterOrEmoji } from '../../src/language/chatter';

describe('"idk" before a question word is what is hard, not chatter', () => {
  it.each(['idk which bus to get', 'i dunno where to get off', 'dunno how to buy a ticket'])('"%s" keeps its not knowing', (typed) => {
    expect(withoutChatterOrEmoji(typed)).toBe(typed);
  });
  it.each([
    ['idk maybe a dog', 'maybe a dog'],
    ['idk, reading is hard', 'reading is hard'],
    ['reading is hard idk', 'reading is hard'],
  ])('"%s" still loses the shrug', (typed, kept) => {
    expect(withoutChatterOrEmoji(typed)).toBe(kept);
  });
});
