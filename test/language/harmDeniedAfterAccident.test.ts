import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language';

/*
 * "nobody got burned", after telling of a fire in the kitchen, says harm did NOT happen: it is no new
 * disclosure, so it gets no "You told me about this before". Harm named beside it still counts.
 */

describe('harm said not to have happened', () => {
  it.each(['nobody got burned', 'no one got burnt', 'nobody got hurt', 'no one was hurt luckily', 'the pan caught fire, nobody got burned thank god', 'none of us got hurt'])(
    '"%s" is no concern',
    (text) => {
      expect(detectConcern(text).concern).toBe(false);
    },
  );

  it.each([
    ['nobody got burned, but he burned me last time', 'harm_from_others'],
    ['nobody got hurt except me', 'harm_from_others'],
    ['nobody got hurt but my dad hit my mum', 'domestic_abuse'],
    ['my dad burned me with the iron', 'harm_from_others'],
  ])('leave alone: "%s" is still a concern (%s)', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category });
  });
});
