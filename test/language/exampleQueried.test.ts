import { describe, expect, it } from 'vitest';
import { withoutQueriedExample } from '../../src/language/exampleQueried';

const BUS = ['Nikita gets the bus alone every day for a week', 'For example: "I\'ll go three times a week", or "I\'ll do it without help".'];

describe('an opening that questions the bot\'s own example', () => {
  it.each([
    ['the bus?? i dont drive yet, i get my full licence', 'i get my full licence'],
    ['the bus? i dont drive yet, i get my full licence', 'i get my full licence'],
    ['bus?? im not on about buses. i pass my test first time', 'i pass my test first time'],
    ['the bus? what bus? i get my licence', 'i get my licence'],
    ['the bus??', ''],
  ])('%j: the rest is the answer', (typed, rest) => {
    expect(withoutQueriedExample(typed, BUS)).toBe(rest);
  });

  it.each([
    'i get my full licence',
    'the bus? i get it on my own every day',
    'my driving test? i pass it first time',
    'i pass my theory test? i think so',
    'my instructor says im ready? then i book it',
    'what do you mean? i dont get it',
    'the theory test?? i dont know, when i pass it',
  ])('%j: not an opening about the example', (typed) => {
    expect(withoutQueriedExample(typed, BUS)).toBeUndefined();
  });
});
