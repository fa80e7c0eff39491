import { describe, expect, it } from 'vitest';
import { measureReadBack } from '../../src/language/measureReadBack';

/* How everyone will know, as typed, read back as one tidy sentence in their own words. */

describe('the measure read back', () => {
  it.each([
    ['because i will have gone every week', 'I will have gone every week.'],
    ['my mum will see me do it', 'My mum will see me do it.'],
    ['teacher says so', 'Teacher says so.'],
    ['i will know because because i will have gone every week', 'I will have gone every week.'],
    ['cos my teacher will will tell me', 'My teacher will tell me.'],
    ['I go 3 days a week!', 'I go 3 days a week!'],
  ])('"%s" is "%s"', (typed, readBack) => {
    expect(measureReadBack(typed)).toBe(readBack);
  });
});
