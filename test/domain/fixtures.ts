import {
  addAboutMe,
  addAspiration,
  addFlag,
  addNeed,
  addNeedHelp,
  addProvision,
  createDraft,
  setConsent,
  setYoungPerson,
  startOutcome,
  updateOutcome,
  type Draft,
  type ThemeId,
} from '../../src/domain/draft';

export const NOW = new Date('2025-03-10T10:00:00.000Z');

/** A draft built the way the journey builds one: one aspiration, need and confirmed outcome per theme given. */
export function buildDraft(themes: readonly ThemeId[], options: { flag?: boolean } = {}): Draft {
  let draft = createDraft({ id: 'draft-1', now: NOW });
  draft = setConsent(draft, true, NOW);
  draft = setYoungPerson(draft, { name: 'Sam', age: 15, schoolYear: 10 });
  draft = addAboutMe(draft, 'strengths', 'I am good with animals');
  draft = addAboutMe(draft, 'important', 'My dog Biscuit');
  draft = addAboutMe(draft, 'support', 'Tell me what is coming next');
  if (options.flag) draft = addFlag(draft, { category: 'harm', at: NOW, step: 'hopes.dream' });
  for (const theme of themes) {
    const hope = addAspiration(draft, `My hope about ${theme}`, theme);
    const need = addNeed(hope.draft, `What gets in the way of ${theme}`, [hope.aspiration.id], 'education');
    draft = addNeedHelp(need.draft, need.need.id, 'A quiet room helps');
    const started = startOutcome(draft, {
      statement: `By July 2026 I will do something about ${theme}`,
      aspirationId: hope.aspiration.id,
      needIds: [need.need.id],
    });
    draft = updateOutcome(started.draft, started.outcome.id, {
      timeframe: { phrase: 'by next summer', date: '2026-07-31' },
      doesForMe: 'I would feel proud',
      makesPossible: 'Going out with friends',
      measure: 'My tutor will see me do it',
      confirmed: true,
    });
    draft = addProvision(draft, started.outcome.id, 'Travel training once a week', 'social_care').draft;
  }
  return draft;
}
