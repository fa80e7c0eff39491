import { describe, expect, it } from 'vitest';
import { readSameAsBefore } from '../../src/language/sameAsBefore';
import { helpPointedAt, readSameAsHope } from '../../src/language/sameAsBefore';

describe('a pointer back to what was said, before or after the thing named', () => {
  it.each([
    ['the reading like i said', ['reading']],
    ['yes the reading like i said', ['reading']],
    ['loud places as i said before', ['loud', 'places']],
    ['his reading same as before', ['reading']],
    ['same as before, the reading and changes', ['reading', 'changes']],
    ['the 1:1 again', ['1:1']],
    ['her speech therapy again please', ['speech', 'therapy']],
    ['the TA again', ['ta']],
    ['thats the same as the first one', []],
    ['its same as before', []],
  ])('"%s" names %j', (typed, named) => expect(readSameAsBefore(typed)?.named).toEqual(named));

  it.each(['he wants to go to college and be a mechanic like i said before to the teacher', 'he gets upset when things change', 'reading is hard like really hard', 'try again', 'go to the park again', 'do it again'])(
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

describe('help pointed back at', () => {
  const earlier = ['1:1 support at playtime', 'speech therapy every week'];
  it.each([
    ['the 1:1 again', ['1:1 support at playtime']],
    ['her speech therapy again', ['speech therapy every week']],
    ['same as before', ['speech therapy every week']],
  ])('"%s" is %j', (typed, help) => expect(helpPointedAt(typed, earlier)?.earlier).toEqual(help));
});
