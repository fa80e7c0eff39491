import { describe, expect, it } from 'vitest';
import { joinFamilies, r } from '../../src/language/concernRules/shared';

/** A family name given twice would silently drop the first family's rules, so it must fail at load. */
describe('joining concern rule families', () => {
  const hit = r('harm_from_others', 'he hits me');
  const scared = r('domestic_abuse', 'scared of him');

  it('keeps every family, in the order given', () => {
    const joined = joinFamilies({ hitting: [hit] }, { fear: [scared] });
    expect(Object.keys(joined)).toEqual(['hitting', 'fear']);
  });

  it('throws on a family name given twice, naming it', () => {
    expect(() => joinFamilies({ hitting: [hit] }, { hitting: [scared] })).toThrow(/"hitting"/);
  });
});
