import { describe, expect, it } from 'vitest';
import { withWordsRemoved, wordsToRemove } from '../../src/language/wordsToRemove';

describe('words asked to be taken out of a read-back', () => {
  it('finds the words named, without "the ... bit"', () => {
    expect(wordsToRemove('yes but take out the its about halfway bit')).toBe('its about halfway');
    expect(wordsToRemove("ok but remove 'with help' please")).toBe('with help');
    expect(wordsToRemove('can you leave out the bit about his sister')).toBe('his sister');
    expect(wordsToRemove('yes thats right')).toBeUndefined();
    expect(wordsToRemove('delete it')).toBeUndefined();
  });

  it('takes them out of the sentence, apostrophes aside, and never guesses', () => {
    const sentence = "By July 2025, Arjun will walk the whole way to school without the buggy, it's about halfway now.";
    expect(withWordsRemoved(sentence, 'its about halfway')).toBe('By July 2025, Arjun will walk the whole way to school without the buggy.');
    expect(withWordsRemoved('By July 2025, I will swim a width with help from my coach.', 'with help')).toBe('By July 2025, I will swim a width from my coach.');
    expect(withWordsRemoved(sentence, 'his sister')).toBeUndefined();
  });
});
