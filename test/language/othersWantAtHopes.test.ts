import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';

/* "thats wot mum wants anyway": who else wants the hope beside it is never a hope of its own. */
describe('who else wants a hope, said beside it', () => {
  it.each([
    ['i guess go college for barbering? thats wot mum wants anyway', ['go college for barbering']],
    ['be a vet. my dad says', ['be a vet']],
    ['go to college. its what my nan said tho', ['go to college']],
  ])('"%s" keeps only the hope', (typed, hopes) => {
    expect(hopesIn(typed)).toEqual(hopes);
  });

  it('"my mum wants me to go to college" is still a hope', () => {
    expect(hopesIn('my mum wants me to go to college')).toEqual(['my mum wants me to go to college']);
  });
});
