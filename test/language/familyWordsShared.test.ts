import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language';
import { tellsOfFamilyHurtingChild } from '../../src/language/concernParentTells';
import { withoutPrivatePart } from '../../src/language/privatePart';

/*
 * Readers that need to know who in the family is meant read the same family words (familyWords.ts):
 * a grandparent, an aunt or a "daddy" is family wherever it is read.
 */
describe('one list of family words', () => {
  it.each([
    ['earn my own money cos my auntie cant give me any', 'earn my own money'],
    ['go to college cos my nanna cant drive me', 'go to college'],
    ['get a job. my uncle says i never will.', 'get a job.'],
  ])('"%s": the part about family at home comes out of the hope', (typed, hope) => {
    expect(withoutPrivatePart(typed)).toBe(hope);
  });

  it('"earn my own money cos i want a bike" tells of nobody else: unclear which part', () => {
    expect(withoutPrivatePart('earn my own money cos i want a bike')).toBeUndefined();
  });

  it.each(['my nan hits him when im at work', 'my grandad always smacks her', 'my daddy kicks him'])('from a parent, "%s" is family hurting the child', (typed) => {
    expect(tellsOfFamilyHurtingChild(typed)).toBe(true);
  });

  it('"my nan hits him back at chess" is play', () => {
    expect(tellsOfFamilyHurtingChild('my nan hits him back at chess')).toBe(false);
  });

  it.each(['my stepdad decides what my mam can spend', 'my mums new fella keeps her bank card'])('"%s" is control at home', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, category: 'domestic_abuse' });
  });

  it('"my dad keeps my bank card safe for me" is care', () => {
    expect(detectConcern('my dad keeps my bank card safe for me').category).not.toBe('domestic_abuse');
  });
});
