import { describe, expect, it } from 'vitest';
import { needSection, parseAgeOrYear, placeOfDays } from '../../src/language';

/*
 * Tariq (19, on a supported internship): the place is read from wherever he says it, and his
 * needs about work go to education (Section B), never social care.
 */

const NEEDS = ['I get confused by the rota', 'Loud noise in the warehouse', 'I forget my break times'];

describe('an internship said anywhere keeps a young adult in education', () => {
  it.each([['19, im on a supported internship'], ['19 im on my work placement'], ["I'm 19 and I'm doing a traineeship"]])('the age answer "%s" stores a place of learning', (typed) => {
    expect(parseAgeOrYear(typed)).toMatchObject({ age: 19, setting: 'college' });
  });

  it('"I want to do an internship" is a hope, never a place', () => {
    expect(parseAgeOrYear('19, I want to do an internship').setting).toBeUndefined();
  });

  it('a needs answer "I forget my break times at my internship" says the place', () => {
    const draft = { youngPerson: { age: 19 }, aspirations: [], aboutMe: { strengths: [], important: [], support: [] }, needs: [{ text: 'I forget my break times at my internship' }] };
    const place = placeOfDays(draft as never);
    expect(place?.education).toBe('college');
    for (const need of NEEDS) expect(needSection(need, place)).toBe('education');
  });
});
