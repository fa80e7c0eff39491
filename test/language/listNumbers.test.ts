import { describe, expect, it } from 'vitest';
import { listNumbersIn } from '../../src/language/listNumber';

/* Several parts of the review's numbered list named by their numbers alone, and "can go" after them. */

describe('numbers of the review list typed alone', () => {
  it.each([
    ['4 and 5', [4, 5], false],
    ['4, 5', [4, 5], false],
    ['4 & 5', [4, 5], false],
    ['both 4 and 5', [4, 5], false],
    ['43 can go', [43], true],
    ['27', [27], false],
    ['4 and 5 can go', [4, 5], true],
    ['numbers 2, 3 and 6 have to go please', [2, 3, 6], true],
    ['5 out', [5], true],
  ])('"%s" names %j', (typed, numbers, goes) => {
    expect(listNumbersIn(typed)).toEqual({ numbers, goes });
  });

  it.each(['4 and 5 are fine', 'my brother is 4 and my sister is 5', 'i go to bed at 9', 'change 4 to go swimming', 'i want to go out'])('leaves "%s"', (typed) => {
    expect(listNumbersIn(typed)).toBeUndefined();
  });
});
