import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * Paid work and a family errand are not exploitation; the same words with secrecy, a debt, threats,
 * older people or "on the side" still are.
 */

describe('paid work and family errands', () => {
  it.each(['my boss pays me to deliver parcels', 'my mum gives me money to drop things off at the charity shop', 'my nan pays me to take her shopping bags'])('%j is no concern', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each([
    'an older guy pays me to drop stuff off and i cant tell anyone',
    'my boss pays me to deliver parcels but i cant tell anyone',
    'some lads pay me to deliver parcels',
    'my mum gives me money to drop things off and i owe them',
    'my boss pays me to drop stuff off on the side',
  ])('%j is still exploitation', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'exploitation' });
  });
});
