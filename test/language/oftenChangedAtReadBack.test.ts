import { describe, expect, it } from 'vitest';
import { oftenChangedAtReadBack } from '../../src/language/oftenAtReadBack';

/* "acshully 2 times a week" at the read-back puts right how often the outcome says; anything more is read as usual. */
describe('how often put right at the read-back', () => {
  const statement = 'I will make my tea on my own 3 times a week';
  it.each(['acshully 2 times a week', 'actually 2 times a week', 'no twice a week', 'make it 2 times a week'])('"%s" changes it', (text) => {
    expect(oftenChangedAtReadBack(text, statement)).toMatchObject({ from: '3 times a week' });
  });
  it.each(['3 times a week', 'acshully 2 times a week with my staff', 'once a week my dad hits me'])('"%s" does not', (text) => {
    expect(oftenChangedAtReadBack(text, statement)).toBeUndefined();
  });
  it('no time in the outcome: nothing to put right', () => {
    expect(oftenChangedAtReadBack('acshully 2 times a week', 'I will make my tea on my own')).toBeUndefined();
  });
});
