import { describe, expect, it } from 'vitest';
import { yesToOnePart } from '../../src/language/yesToOnePart';

/* At the read-back, a yes naming one part agrees that part; a yes to all of it, or with a change beside it, does not name one. */

describe('a yes to one part named', () => {
  it.each([
    ['yes stack shelves is ok', 'stack shelves'],
    ['shelves one is fine', 'shelves'],
    ['yeah stack shelves', 'stack shelves'],
    ['the bus one is good', 'the bus'],
  ])('%j names %j', (said, named) => expect(yesToOnePart(said)).toBe(named));
});

describe('no one part named', () => {
  it.each(['yes', 'yes looks good', 'yes all good', 'yes its all ok', 'yes that is right', 'ok', 'yes the goals are fine', 'yes but change the bus one', 'yes the bus one is not right', 'yes take out the bus one'])('%j', (said) => {
    expect(yesToOnePart(said)).toBeUndefined();
  });
});
