import { describe, expect, it } from 'vitest';
import { withoutFillerAroundDoing } from '../../src/language/fillerAroundDoing';

describe('filler leading or trailing what will be done', () => {
  it.each([
    ['By July 2027, I will like maybe get the bus on my own I think.', 'By July 2027, I will get the bus on my own.'],
    ['By July 2027, I will get the bus on my own tbh lol.', 'By July 2027, I will get the bus on my own.'],
    ['I will get the bus and stuff.', 'I will get the bus.'],
    ['By summer, Leo will probably walk to the shop, i guess.', 'By summer, Leo will walk to the shop.'],
  ])('"%s" reads "%s"', (said, kept) => expect(withoutFillerAroundDoing(said)).toBe(kept));

  it('"I will like my new school" keeps "like": it is what they will do', () => {
    expect(withoutFillerAroundDoing('By July 2027, I will like my new school.')).toBe('By July 2027, I will like my new school.');
  });
});
