import type { Draft, ThemeId } from '../../src/domain/draft';
import { draftFrom } from '../support/draftFixture';

export const NOW = new Date('2025-03-10T10:00:00.000Z');

/** A draft built the way the journey builds one: one aspiration, need and confirmed outcome per theme given. */
export function buildDraft(themes: readonly ThemeId[], options: { flag?: boolean } = {}): Draft {
  return draftFrom({
    id: 'draft-1',
    now: NOW,
    person: { name: 'Sam', age: 15, schoolYear: 10 },
    aboutMe: [
      ['strengths', 'I am good with animals'],
      ['important', 'My dog Biscuit'],
      ['support', 'Tell me what is coming next'],
    ],
    ...(options.flag ? { flag: { category: 'harm', step: 'hopes.dream' } } : {}),
    outcomes: themes.map((theme) => ({
      hope: `My hope about ${theme}`,
      theme,
      need: `What gets in the way of ${theme}`,
      needSection: 'education',
      helps: 'A quiet room helps',
      statement: `By July 2026 I will do something about ${theme}`,
      when: { phrase: 'by next summer', date: '2026-07-31' },
      doesForMe: 'I would feel proud',
      makesPossible: 'Going out with friends',
      measure: 'My tutor will see me do it',
      confirmed: true,
      provision: [['Travel training once a week', 'social_care']],
    })),
  });
}
