import { describe, expect, it } from 'vitest';
import { tellsOfMockingOnly, tellsOfTakingOrHurting } from '../../src/language/harmPlace';

/*
 * "not hit, only laugh" is mocking only and gets the short answer. A denial that tells of hitting
 * all the same ("i dont hit them back", "they dont hit me when teachers are there") keeps the whole one.
 */

describe('a denial of hitting', () => {
  for (const said of [
    'home yes. school is ok, sometimes boys laugh when i speak english. not hit, only laugh',
    'they dont hit me they just laugh',
    'they never hit me, they only call me names',
  ]) {
    it(`mocking only: "${said}"`, () => {
      expect(tellsOfMockingOnly(said)).toBe(true);
      expect(tellsOfTakingOrHurting(said)).toBe(false);
    });
  }

  for (const said of [
    'they laugh at me and i dont hit them back',
    'boys laugh at me. they dont hit me when teachers are there',
    'they call me names and i dont hurt them back',
    'the boys laugh at me, i never hit them back',
    'they laugh and i dont hit back',
    'they dont hit me unless i tell',
    'they dont hit me anymore',
    'they dont hit me this time, only laugh',
    'not hit yet, only laugh',
    'not only laugh, they hit me',
    'not hit, only push',
  ]) {
    it(`still tells of hurting: "${said}"`, () => {
      expect(tellsOfMockingOnly(said)).toBe(false);
      expect(tellsOfTakingOrHurting(said)).toBe(true);
    });
  }
});
