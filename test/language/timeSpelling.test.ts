import { describe, expect, it } from 'vitest';
import { findTimePhrase, findTimeframe } from '../../src/language/timeframe';
import { respellTimeWords } from '../../src/language/timeSpelling';

const YEAR_11_DEC_2026 = { today: '2026-12-03', schoolYear: 11, age: 16 };

describe('time words spelled by sound are read, and kept as typed', () => {
  it.each([
    ['when i start colij', 'when i start colij', '2027-07-22'],
    ['when i go to collage', 'when i go to collage', '2027-07-22'],
    ['when i leave skul', 'when i leave skul', '2027-07-22'],
    ['by nex sumer', 'by nex sumer', '2027-07-22'],
    ['in 6 munths', 'in 6 munths', '2027-06-03'],
    ['get bus to colij when i start colij', 'when i start colij', '2027-07-22'],
  ])('"%s" is "%s" (%s)', (typed, phrase, date) => {
    expect(findTimeframe(typed, YEAR_11_DEC_2026)).toEqual({ phrase, date });
  });

  it('a misspelt place with no time beside it is no time', () => {
    expect(findTimePhrase('go colij cooking', YEAR_11_DEC_2026)).toBeNull();
    expect(findTimePhrase('job in kichen', YEAR_11_DEC_2026)).toBeNull();
  });

  it('places in the spelled text map back to the typed words', () => {
    const spelled = respellTimeWords('by nex sumer ok')!;
    expect(spelled.text).toBe('by next summer ok');
    expect(spelled.original(3)).toBe(3);
    expect(spelled.original(7)).toBe(6);
    expect(spelled.original(14)).toBe(12);
    expect(spelled.original(17)).toBe(15);
    expect(respellTimeWords('by next summer')).toBeNull();
  });
});
