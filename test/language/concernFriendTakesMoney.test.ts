import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { asksIfRealFriend } from '../../src/language/afterDisclosure';

/*
 * Mate crime as a person with a learning disability types it ("frend", "borow", "an", "las", "monny",
 * "bak") reads as the spelt words do; a friend who borrows a pen, or money paid back, does not.
 */
describe('a friend who takes money, misspelt or spelt', () => {
  it.each([
    'nothing. my frend at the bus stop always wants to borow my money an i cant say no',
    'my friend at the bus stop always wants to borrow my money and i cant say no',
    'she had my bus money las week so i had to walk',
    'yes. she had my bus money last week so i had to walk',
    'my frend wont give my monny bak',
    'my mate keeps asking for my money an i cant say no',
    'i cant say no when my frend wants my money',
  ])('"%s" is a sure exploitation flag', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'exploitation', sure: true });
  });

  it.each([
    'my friend at the bus stop always wants to borrow my pens and i cant say no',
    'my frend at the bus stop is nice. we talk about the bus',
    'i cant say no to cake an biscuits',
    'i had my bus money so i got the bus to town',
    'my friend lent me money an i gave it bak',
    'more frends. i got 1 at the bus stop',
    'an apple an a banana for my lunch',
  ])('"%s" is ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});

describe('"is she a real friend?"', () => {
  it.each(['is she a reel frend?', 'is he even my friend', 'are they real mates then', 'so is she a real friend?'])('"%s" asks it', (text) => {
    expect(asksIfRealFriend(text)).toBe(true);
  });
  it.each(['is she at the bus stop?', 'is she ok', 'my friend is real nice', 'is she a real teacher?'])('"%s" does not', (text) => {
    expect(asksIfRealFriend(text)).toBe(false);
  });
});
