import { describe, expect, it } from 'vitest';
import { endOfList } from '../../src/language/listEnd';

describe('the end of a list, said after one more thing', () => {
  it('keeps the thing named without its joining word, marks or finishing words', () => {
    expect(endOfList('and maths?? no nothing else')).toEqual({ rest: 'maths', ended: true });
    expect(endOfList('maths too. nothing else')).toEqual({ rest: 'maths', ended: true });
    expect(endOfList('loud noises, thats all')).toEqual({ rest: 'loud noises', ended: true });
  });

  it('is only the end when nothing else was said', () => {
    expect(endOfList('no nothing else')).toEqual({ rest: '', ended: true });
  });

  it('leaves sentences that use the same words alone', () => {
    expect(endOfList('nothing else matters').ended).toBe(false);
    expect(endOfList('there is nothing else i can do').ended).toBe(false);
    expect(endOfList('maths??')).toEqual({ rest: 'maths??', ended: false });
  });
});
