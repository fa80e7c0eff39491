import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from '../../src/domain/draft';
import { checkDraft } from '../../src/domain/draftCheck';
import { addAspiration, addProvision, setYoungPerson, updateOutcome } from '../../src/domain/operations';
import { buildDraft } from './fixtures';

/** A draft as storage keeps it after a write: the schema's output, read back from JSON. */
const asStored = (draft: unknown): Draft => JSON.parse(JSON.stringify(draftSchema.parse(draft))) as Draft;
const json = (value: unknown) => JSON.stringify(value);

describe('checking a changed draft against the draft schema', () => {
  const before = asStored(buildDraft(['learning_and_work', 'health_and_wellbeing']));
  const outcomeId = before.outcomes[0]!.id;

  it('stores what a whole check would store, for every kind of change', () => {
    const changed: unknown[] = [
      addAspiration(before, 'I want to ride a horse', 'health_and_wellbeing').draft,
      updateOutcome(before, outcomeId, { measure: 'my coach signs it off' }),
      addProvision(before, outcomeId, 'a lift to the stables', 'social_care').draft,
      setYoungPerson(before, { name: 'Maya' }),
      { ...before, stray: 'not in the schema', outcomes: [{ ...before.outcomes[0]!, stray: 1 }, ...before.outcomes.slice(1)] },
      { ...before, keyWorker: undefined },
      // One field of one outcome or of the about-me answers changed; the rest is the draft before.
      { ...before, aboutMe: { ...before.aboutMe, strengths: [...before.aboutMe.strengths, "i'm good at fixing bikes"] } },
      { ...before, outcomes: [{ ...before.outcomes[0]!, stray: 'x', measure: 'when i can get the bus on my own' }, ...before.outcomes.slice(1)] },
    ];
    for (const draft of changed) {
      const whole = draftSchema.safeParse(draft);
      const part = checkDraft(draft, before);
      expect(whole.success).toBe(true);
      expect(part.success && json(part.data)).toBe(json(whole.data));
    }
  });

  it('refuses a changed part that breaks the schema, with as many problems as a whole check finds', () => {
    const broken = [
      updateOutcome(before, outcomeId, { confirmed: 'yes' as unknown as boolean }),
      { ...before, aspirations: [...before.aspirations, { id: '', text: 7 }] },
      { ...before, status: 'lost' },
      { ...before, createdAt: undefined },
      { ...before, aboutMe: { ...before.aboutMe, important: [...before.aboutMe.important, 42] } },
      { ...before, outcomes: [{ ...before.outcomes[0]!, text: '', confirmed: 'yes' }, ...before.outcomes.slice(1)] },
    ];
    for (const draft of broken) {
      const whole = draftSchema.safeParse(draft);
      expect(whole.success).toBe(false);
      expect(checkDraft(draft, before)).toEqual({ success: false, issues: whole.error!.issues.length });
    }
  });

  it('checks the whole draft when there is none checked before it', () => {
    expect(checkDraft({ ...before, status: 'lost' })).toEqual({ success: false, issues: 1 });
    expect(checkDraft('not a draft', before)).toEqual({ success: false, issues: 1 });
  });
});
