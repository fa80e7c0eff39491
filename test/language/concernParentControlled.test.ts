import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * A 15-year-old tells of her mum's boyfriend: "he shouts at her alot and he keeps her bank card n
 * decides what she can spend. its whatever tho its not that bad". A partner controlling a parent's
 * money is domestic abuse the young person lives with: a sure disclosure, even played down.
 * Parents arguing about money, or doing the budget, are not.
 */

describe('a parent controlled by her partner, told sideways', () => {
  it.each([
    'her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad',
    'my step dad wont let mum have her own money and he checks her phone',
    'mums boyfriend screams at her and she cries',
    'my step dad decides what my mum is allowed to buy lol its fine',
    'mums boyfriend took her purse and her bank card',
  ])('%j is a sure disclosure of domestic abuse', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'domestic_abuse', sure: true });
  });

  it.each(['mum and dad argue sometimes about money', 'my mum does the budget for the house', 'he keeps her money in a savings account', 'my dad checks her phone because shes only 10'])(
    '%j is no concern',
    (text) => {
      expect(detectConcern(text).concern).toBe(false);
    },
  );

  // Harm to the young person told beside it is answered as that: the harm to them comes first.
  it.each([
    'mums boyfriend checks her phone and hits me',
    'he wont let mum have her own money and he hurts me',
    'my step dad keeps mums bank card and he kicks me when hes drunk',
    'her boyfriend decides what she can spend and he punches me',
  ])('%j stays harm from others', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'harm_from_others' });
  });

  it.each(['mums boyfriend checks her phone and he hits her', 'my step dad wont let mum have her own money and he pushed her'])('%j, harm to the mum only, stays domestic abuse', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'domestic_abuse' });
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money'])('plain disclosure %j is still heard', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });
});
