import { describe, expect, it } from 'vitest';
import { createDraft, type Draft } from '../../src/domain/draft';
import { withoutName } from '../../src/domain/nameOut';

/*
 * "take zain out of my plan": the exported draft carries each outcome's whole first answer
 * (inTheirWords) beside its statement, so the name goes from there too; the note keeps it.
 */
function draftWithZain(): Draft {
  const draft = createDraft({ id: '00000000-0000-4000-8000-000000000001', now: new Date('2026-12-07T10:00:00Z') });
  return {
    ...draft,
    aboutMe: { strengths: [], important: [], support: ['someone telling Zain hes not allowed'] },
    outcomes: [
      {
        id: '00000000-0000-4000-8000-000000000002',
        statement: 'By July 2027, I will keep my own dinner money.',
        aspirationId: null,
        needIds: [],
        theme: null,
        timeframe: null,
        doesForMe: null,
        makesPossible: null,
        provision: [],
        inTheirWords: 'keep my own dinner money so zain cant take it',
        confirmed: true,
      },
    ],
  };
}

describe('a name taken out of the plan', () => {
  it('goes from every answer, the whole first answer of an outcome too', () => {
    const { draft, changed } = withoutName(draftWithZain(), 'zain');
    expect(JSON.stringify(draft)).not.toMatch(/zain/i);
    expect(draft.outcomes[0]?.inTheirWords).toBe('keep my own dinner money so someone cant take it');
    expect(changed).toBe(2);
  });

  it('leaves other words alone', () => {
    const { draft } = withoutName(draftWithZain(), 'zain');
    expect(draft.outcomes[0]?.statement).toBe('By July 2027, I will keep my own dinner money.');
  });
});
