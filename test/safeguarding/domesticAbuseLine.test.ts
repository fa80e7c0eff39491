import { describe, expect, it } from 'vitest';
import { safeguardingAnswer } from '../../dialogs/safeguardingAnswer';
import { SafeguardingText as S } from '../../dialogs/safeguardingText';

const keys = (category: string, parent: boolean, age: number) => safeguardingAnswer(category, '', { parent, person: { age }, lead: false }).words.map((w) => w.key);

describe('the National Domestic Abuse Helpline', () => {
  it.each([
    ['a young adult', false, 19],
    ['a parent', true, 9],
    ['a parent of a young adult', true, 20],
  ] as const)('is given to %s told of domestic abuse, beside the lines they get anyway', (_who, parent, age) => {
    const said = keys('domestic_abuse', parent, age);
    expect(said).toContain(S.domesticAbuseLine);
    // From 19 Childline is named for someone they know, not for themselves.
    expect(said).toContain(parent ? S.parentChildline : S.childlineForOthers);
    expect(said).toContain(parent ? S.parentDanger : S.danger);
  });

  it('is not given to a young person under 18, who hears Childline first', () => {
    const said = keys('domestic_abuse', false, 15);
    expect(said).not.toContain(S.domesticAbuseLine);
    expect(said.indexOf(S.childline)).toBeLessThan(said.indexOf(S.danger));
  });

  it.each(['harm_from_others', 'neglect', 'self_harm_or_suicide'])('is not given for another kind of harm: %s', (category) => {
    expect(keys(category, true, 9)).not.toContain(S.domesticAbuseLine);
    expect(keys(category, false, 19)).not.toContain(S.domesticAbuseLine);
  });
});
