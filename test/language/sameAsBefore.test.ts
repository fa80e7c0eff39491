import { describe, expect, it } from 'vitest';
import { readSameAsBefore } from '../../src/language/sameAsBefore';
import { readSameAsHope } from '../../src/language/sameAsBefore';

describe('a pointer back to what was said, before or after the thing named', () => {
  it.each([
    ['the reading like i said', ['reading']],
    ['yes the reading like i said', ['reading']],
    ['loud places as i said before', ['loud', 'places']],
    ['his reading same as before', ['reading']],
    ['same as before, the reading and changes', ['reading', 'changes']],
  ])('"%s" names %j', (typed, named) => expect(readSameAsBefore(typed)?.named).toEqual(named));

  it.each(['he wants to go to college and be a mechanic like i said before to the teacher', 'he gets upset when things change', 'reading is hard like really hard'])(
    '"%s" points at nothing',
    (typed) => expect(readSameAsBefore(typed)).toBeNull(),
  );
});

describe('another hope pointed at by its words', () => {
  it.each([
    ['its the same as the artist one, can u just join them together', ['artist'], '', true],
    ['same as for art college', ['art', 'college'], '', false],
    ['like i said for the flat one', ['flat'], '', false],
    ['same problems as the cooking one and also money', ['cooking'], 'money', false],
    ['same as my football hope', ['football'], '', false],
    ['its the same as the colij one, can u join them', ['colij'], '', true],
  ] as const)('"%s" points at %j', (typed, hope, rest, join) => {
    expect(readSameAsHope(typed)).toEqual({ hope, rest, join });
  });

  it.each(['the same as the other one', 'same as before', 'the same', 'i like art', 'noisy kichens'])('"%s" names no hope', (typed) => {
    expect(readSameAsHope(typed)).toBeNull();
  });
});
