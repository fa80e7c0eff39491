import { describe, expect, it } from 'vitest';
import { howOftenAlone } from '../../src/language/howOften';

/* A message that only says how often: it belongs to the help said just before it. */

describe('how often, said on its own', () => {
  it.each([
    ['every week', 'every week'],
    ['maybe twice a week', 'twice a week'],
    ["it's every day i think", 'every day'],
    ['weekly please', 'weekly'],
  ])('"%s" says how often: "%s"', (typed, often) => expect(howOftenAlone(typed)).toBe(often));

  it.each(['she plays with friends every week', 'speech therapy every week', 'she will be happy', 'every'])('"%s" is more than how often', (typed) => expect(howOftenAlone(typed)).toBeNull());
});
