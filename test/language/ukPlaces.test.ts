import { describe, expect, it } from 'vitest';
import { withPlaceCapitals } from '../../src/language/ukPlaces';

describe('UK towns and cities typed in lower case', () => {
  it.each([
    ['go to college in leeds', 'go to college in Leeds'],
    ['the bus to croydon', 'the bus to Croydon'],
    ['live in milton keynes', 'live in Milton Keynes'],
    ['get the train to stoke-on-trent', 'get the train to Stoke-on-Trent'],
    ['go to derby on the train', 'go to Derby on the train'],
    ['move to cardiff or glasgow', 'move to Cardiff or Glasgow'],
  ])('"%s" reads "%s"', (typed, read) => {
    expect(withPlaceCapitals(typed)).toBe(read);
  });

  it.each(['get better at reading', 'have a bath on my own', 'watch the derby with dad', 'visit new york', 'my friend barry', 'LEEDS', 'the kingston bus', 'play rugby'])('"%s" is left as typed', (typed) => {
    expect(withPlaceCapitals(typed)).toBe(typed);
  });
});
