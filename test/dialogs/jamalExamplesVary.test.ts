import { describe, expect, it } from 'vitest';
import { makesPossibleAskKey } from '../../dialogs/makesPossibleAsk';
import { addAspiration, createDraft, setYoungPerson, startOutcome, type Draft, type ThemeId } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';

/*
 * Jamal, 20, heard the same "what would it make possible?" example for every outcome. The example
 * fits the hope's theme (cooking, work, travel, friends), and is never given twice in one chat.
 */
const t = createWords().forMode('easy_read');

function jamal(hopes: [string, ThemeId, string][]): Draft {
  let draft = setYoungPerson(createDraft({ id: 'd', now: new Date('2026-12-06T10:00:00Z'), who: 'self' }), { name: 'Jamal', age: 20 });
  for (const [hope, theme, step] of hopes) {
    const added = addAspiration(draft, hope, theme);
    draft = startOutcome(added.draft, { statement: step, aspirationId: added.aspiration.id, needIds: [] }).draft;
  }
  return draft;
}

const asked = (draft: Draft) => draft.outcomes.map((o) => t(makesPossibleAskKey(draft, o, false, t)));

describe('the example at "what would it make possible?"', () => {
  it('differs for each hope, by its theme', () => {
    const draft = jamal([
      ['i want to cook for my family', 'independent_living', 'I will cook a meal on my own'],
      ['get a job in a kitchen', 'learning_and_work', 'I will finish my internship'],
      ['get the bus to work on my own', 'independent_living', 'I will get the bus to work on my own'],
      ['see my mates', 'friends_and_community', 'I will go to a club once a week'],
    ]);
    const questions = asked(draft);
    expect(new Set(questions).size).toBe(4);
    expect(questions[0]).toMatch(/friends round for tea/);
    expect(questions[1]).toMatch(/paid job/);
    expect(questions[2]).toMatch(/visit my cousins/);
    expect(questions[3]).toMatch(/see my friends more/);
  });

  it('is never the same twice in one chat, even for two hopes of the same theme', () => {
    const draft = jamal([
      ['get a job in a kitchen', 'learning_and_work', 'I will finish my internship'],
      ['go to college', 'learning_and_work', 'I will do a level 1 course'],
      ['work in a shop', 'learning_and_work', 'I will do work experience'],
    ]);
    expect(new Set(asked(draft)).size).toBe(3);
  });
});
