import { describe, expect, it } from 'vitest';
import { findTimePhrase, findTimeframe } from '../../src/language/timeframe';
import { respellTimeWords } from '../../src/language/timeSpelling';

const YEAR_11_DEC_2026 = { today: '2026-12-03', schoolYear: 11, age: 16 };

describe('time words spelled by sound are read, and kept as typed', () => {
  it.each([
    ['when i start colij', 'when i start colij', '2027-07-22'],
    ['when i go to collage', 'when i go to collage', '2027-07-22'],
    ['when i leave skul', 'when i leave skul', '2027-07-22'],
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
    const spelled = respellTimeWords('in 6 munths at skul ok')!;
    expect(spelled.text).toBe('in 6 months at school ok');
    expect(spelled.original(5)).toBe(5);
    expect(spelled.original(11)).toBe(11);
    expect(spelled.original(15)).toBe(15);
    expect(spelled.original(21)).toBe(19);
    expect(spelled.original(24)).toBe(22);
    expect(respellTimeWords('in 6 months at school')).toBeNull();
  });
});
