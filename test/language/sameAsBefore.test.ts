import { describe, expect, it } from 'vitest';
import { readSameAsBefore } from '../../src/language/sameAsBefore';

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
