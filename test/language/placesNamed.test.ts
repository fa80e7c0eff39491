import { describe, expect, it } from 'vitest';
import { numbersSaidWrong } from '../../src/language/placesNamed';

/* "1 and 2 are wrong. delete them": the parts said wrong, however the two sentences are cut. */
describe('numbered parts said wrong and asked away', () => {
  it.each(['1 and 2 are wrong. delete them', '1 and 2 are wrong, delete them', '1 and 2 are wrong\ndelete them', '1 and 2 are wrong… delete them'])('%j names 1 and 2', (typed) => {
    expect(numbersSaidWrong(typed)).toEqual([1, 2]);
  });

  it.each(['1 and 2 are wrong', '1 and 2 are wrong. i like 3', 'delete them'])('%j asks nothing away', (typed) => {
    expect(numbersSaidWrong(typed)).toBeUndefined();
  });
});
