import { describe, expect, it } from 'vitest';
import { howOftenOf } from '../../src/language/howOften';
import { provisionItems } from '../../src/language';

describe('how often the help is wished for', () => {
  it.each([
    ['speech therapy every 6 weeks, which isnt enough, we want weekly', 'weekly'],
    ['every week but we would like it twice a week', 'twice a week'],
    ['speech therapy every 6 weeks', 'every 6 weeks'],
    ['not every day, just mondays', 'on Mondays'],
  ])('"%s": %s', (text, often) => expect(howOftenOf(text)).toBe(often));

  it('"we want weekly" stays with the help before it; "we want a quiet room" is help of its own', () => {
    expect(provisionItems('speech therapy every 6 weeks, which isnt enough, we want weekly')).toEqual(['speech therapy every 6 weeks, which isnt enough, we want weekly']);
    expect(provisionItems('a TA, we want a quiet room')).toEqual(['a TA', 'we want a quiet room']);
  });
});
