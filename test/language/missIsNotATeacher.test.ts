import { describe, expect, it } from 'vitest';
import { providerOf } from '../../src/language/helpGiver';

/*
 * "miss jo" and "mr patel" name school staff; "me miss breakfast" is something missed, never a teacher.
 */

describe('"miss" as a verb is never a teacher', () => {
  for (const said of ['the bus makes me miss breakfast', 'the early bus makes us miss lunch']) {
    it(`"${said}" is not education's`, () => expect(providerOf(said)).not.toBe('education'));
  }
});

describe('leave alone: a title and a name', () => {
  for (const said of ['help from miss jo', 'mr patel helps me read', 'sir helps me with maths']) {
    it(`"${said}" is education's`, () => expect(providerOf(said)).toBe('education'));
  }
});
