import { describe, expect, it } from 'vitest';
import { createDraft, draftSchema } from '../../src/domain/draft';
import { THEMES } from '../../src/domain/vocabulary';
import { buildDraft } from './fixtures';

function issuePaths(value: unknown): string[] {
  const result = draftSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('outcomes-draft/1 schema', () => {
  it('accepts a draft built by the operations and survives a JSON round trip unchanged', () => {
    const draft = buildDraft(THEMES, { flag: true });
    const stored = JSON.parse(JSON.stringify(draft)) as unknown;
    expect(draftSchema.parse(stored)).toEqual(draft);
  });

  it('names the field that is wrong', () => {
    const draft = buildDraft(['learning_and_work']);
    expect(issuePaths({ ...draft, schema: 'outcomes-draft/2' })).toEqual(['schema']);
    expect(issuePaths({ ...draft, status: 'done' })).toEqual(['status']);
    expect(issuePaths({ ...draft, aspirations: [{ ...draft.aspirations[0], theme: 'sport' }] })).toEqual(['aspirations.0.theme']);
    const outcome = draft.outcomes[0]!;
    const badProvision = { ...outcome, provision: [{ ...outcome.provision[0], by: 'school' }] };
    expect(issuePaths({ ...draft, outcomes: [badProvision] })).toEqual(['outcomes.0.provision.0.by']);
    const badDate = { ...outcome, timeframe: { phrase: 'summer', date: '31/07/2026' } };
    expect(issuePaths({ ...draft, outcomes: [badDate] })).toEqual(['outcomes.0.timeframe.date']);
    expect(issuePaths({ ...draft, youngPerson: { ...draft.youngPerson, age: 30 } })).toEqual(['youngPerson.age']);
    expect(issuePaths({ ...draft, flags: [{ kind: 'other', category: 'x', at: draft.createdAt, step: 's' }] })).toEqual([
      'flags.0.kind',
    ]);
  });

  it('rejects an empty answer, so "I don\'t know" can never be stored as one', () => {
    const draft = createDraft();
    expect(issuePaths({ ...draft, aboutMe: { ...draft.aboutMe, strengths: ['  '] } })).toEqual(['aboutMe.strengths.0']);
  });

  it('requires every section, so a truncated draft is not mistaken for an empty one', () => {
    const { outcomes: _dropped, ...rest } = createDraft();
    expect(issuePaths(rest)).toEqual(['outcomes']);
  });
});
