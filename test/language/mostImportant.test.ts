import { describe, expect, it } from 'vitest';
import { mostImportantSaid } from '../../src/language/mostImportant';

describe('saying which hope matters most', () => {
  it.each([
    ['the most important one is the flat', 'the flat'],
    ['ok the most important one is living with sam', 'living with sam'],
    ['getting a job is the most important', 'getting a job'],
    ['my number one is a job', 'a job'],
    ['the flat matters most to me', 'the flat'],
    ['i care most about getting a job', 'getting a job'],
    ['My main hope is to live in a flat.', 'to live in a flat'],
    ['what matters most to me is the job', 'the job'],
  ])('"%s" names "%s"', (text, named) => {
    expect(mostImportantSaid(text)).toBe(named);
  });

  it.each(['it is important to me', 'the flat is important', 'that one matters most', 'can i add another dream', 'i want a job with money'])(
    'leaves "%s" alone',
    (text) => {
      expect(mostImportantSaid(text)).toBeNull();
    },
  );
});
