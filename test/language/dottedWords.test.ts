import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';
import { sentencesOf } from '../../src/language/text';

/* A site's name, a number with a point and a title keep their full stop with no space after it. */

describe('dotted words are never cut', () => {
  it('sentencesOf keeps itch.io, 1.5 and Mr. Okafor whole, and still cuts real sentences', () => {
    expect(sentencesOf('put a game on itch.io. then rest')).toEqual(['put a game on itch.io.', 'then rest']);
    expect(sentencesOf('Mr. Okafor helps me. i run 1.5 km')).toEqual(['Mr. Okafor helps me.', 'i run 1.5 km']);
  });

  for (const [typed, kept] of [
    ['put a game i made on itch.io by the end of year 11', 'itch.io'],
    ['run 1.5 km every saturday', '1.5 km'],
    ['ask Mr. Okafor for help every week', 'Mr. Okafor'],
  ] as const) {
    it(`"${typed}" keeps "${kept}" in the outcome sentence`, () => {
      expect(outcomeSentence({ step: typed } as Parameters<typeof outcomeSentence>[0])).toContain(kept);
    });
  }
});
