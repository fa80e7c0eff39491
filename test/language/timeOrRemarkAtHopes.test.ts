import { describe, expect, it } from 'vitest';
import { coachHope } from '../../src/language/hopeCoaching';

// Typed at the hopes question: a time on its own or talk to the bot is no hope.
const context = { today: '2026-12-02' };

describe('a time alone or a remark to the bot is not a hope', () => {
  it.each(['in a year', 'by next summer', 'next year', 'soon', 'one day', 'maybe in the future', 'are you a robot', 'what do you mean', 'lol', 'idk'])(
    '"%s" is not a hope',
    (text) => {
      expect(coachHope(text, context)).toBe('not_a_hope');
    },
  );

  it.each(['go to college next year', 'I want to be a vet one day', 'football', 'be famous', 'swim a length by next summer', 'live on my own in a year or two'])(
    'leaves alone "%s", a hope said with or without its time',
    (text) => {
      expect(coachHope(text, context)).toBe('aspiration');
    },
  );

  it('help asked for is still support', () => {
    expect(coachHope('a laptop', context)).toBe('support_as_hope');
  });
});
