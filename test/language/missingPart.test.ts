import { describe, expect, it } from 'vitest';
import { missingAfterYes } from '../../src/language/missingPart';

describe('a yes, then "but" and a part said to be missing', () => {
  it.each([
    ['ok yeah. but wheres the theory test bit gone', 'theory test'],
    ['yes but where did the theory test go?', 'theory test'],
    ['yeah but you missed out the theory test', 'theory test'],
    ['ok but you left the theory test out', 'theory test'],
    ['yes but the theory test bit is missing', 'theory test'],
    ['yeah but somethings missing', ''],
  ])('%j: missing %j', (typed, words) => expect(missingAfterYes(typed)).toBe(words));

  it.each([
    'ok yeah',
    'yes but can we add the date',
    'yeah but wheres the test centre near me, i dont know it yet lol i need help to find it',
    'no wheres the theory test bit gone',
    'yes but i might miss the bus',
    'yes but take out the omg',
    'yes but i lost my phone last week',
  ])('%j: no such complaint', (typed) => expect(missingAfterYes(typed)).toBeUndefined());
});
