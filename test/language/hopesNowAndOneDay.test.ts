import { describe, expect, it } from 'vitest';
import { splitHopes } from '../../src/language/splitHopes';

/* A hope for now and one for far ahead in one message ("make friends and one day live on his own") are two hopes. */

describe('a hope for now, and one for "one day"', () => {
  it.each([
    ['i want him to make friends and one day to live on his own', ['i want him to make friends', 'one day to live on his own']],
    ['i want her to have friends and one day live independently', ['i want her to have friends', 'one day live independently']],
    ['id like him to talk more and one day to go to college', ['id like him to talk more', 'one day to go to college']],
    ['i hope she makes friends and one day lives on her own', ['i hope she makes friends', 'one day lives on her own']],
    ['i want him to read and one day drive a car', ['i want him to read', 'one day drive a car']],
    ['i want him to make friends and one day he will live on his own', ['i want him to make friends', 'one day he will live on his own']],
  ])('"%s" is two hopes', (typed, hopes) => {
    expect(splitHopes(typed)).toEqual(hopes);
  });

  it.each([
    'i want him to be happy and one day he came home crying',
    'i want him to go swimming and one day a week go to the club',
    'i want to work in a cafe and one day run it',
    'i want to go to college and one day go to uni',
    'make friends and go out with them one day',
    'live on my own one day',
  ])('"%s" stays one', (typed) => {
    expect(splitHopes(typed)).toEqual([typed]);
  });
});
