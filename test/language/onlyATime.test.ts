import { describe, expect, it } from 'vitest';
import { isOnlyATime } from '../../src/language/onlyATime';

const context = { today: '2025-03-10', schoolYear: 10, age: 15 };

describe('an answer that says only when', () => {
  it.each(['next year', 'in september', 'maybe next year', 'next year i think', 'after christmas', 'year 11', 'soon', 'next year lol'])('%j is only a time', (text) => {
    expect(isOnlyATime(text, context)).toBe(true);
  });

  it.each(['my mum helps next year', 'a tutor next year', 'headphones', 'every day', 'at lunch', 'after school club', 'nothing yet'])('%j says more than a time', (text) => {
    expect(isOnlyATime(text, context)).toBe(false);
  });
});
