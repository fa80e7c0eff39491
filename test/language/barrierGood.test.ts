import { describe, expect, it } from 'vitest';
import { isBarrier } from '../../src/language/barrier';

describe('isBarrier: saying something is good is not a hard thing', () => {
  it.each(['my reading is good', 'my maths is really good', 'my friends are great'])('leaves alone %s', (t) => {
    expect(isBarrier(t)).toBe(false);
  });
  it.each(['my reading is not good', "my maths isn't great", 'my reading is poor', 'my spelling is really bad'])(
    'still reads %s as hard',
    (t) => {
      expect(isBarrier(t)).toBe(true);
    },
  );
});
