import { describe, expect, it } from 'vitest';
import {
  draftProblems,
  goldenThreadProblems,
  hasGoldenThread,
  isCompleteForReview,
  outcomeCountProblem,
  themeCoverage,
} from '../../src/domain/checks';
import { addAspiration, removeItem, setConsent, setYoungPerson, startOutcome, updateOutcome } from '../../src/domain/draft';
import { THEMES } from '../../src/domain/vocabulary';
import { buildDraft, NOW } from './fixtures';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('golden thread', () => {
  it('holds when every outcome links to an aspiration and a need', () => {
    expect(hasGoldenThread(buildDraft(THEMES))).toBe(true);
  });

  it('breaks when an outcome has no need', () => {
    const draft = buildDraft(THEMES);
    const outcome = draft.outcomes[2]!;
    const next = updateOutcome(draft, outcome.id, { needIds: [] });
    expect(goldenThreadProblems(next)).toEqual([{ code: 'outcome_without_need', severity: 'blocking', itemId: outcome.id }]);
  });

  it('breaks when the aspiration or need it came from is removed', () => {
    const draft = buildDraft(THEMES);
    const outcome = draft.outcomes[0]!;
    expect(codes(goldenThreadProblems(removeItem(draft, outcome.aspirationId!)))).toEqual(['outcome_without_aspiration']);
    expect(codes(goldenThreadProblems(removeItem(draft, outcome.needIds[0]!)))).toEqual(['outcome_without_need']);
  });

  it('breaks for a link to an id that is not in the draft (edited outside the operations)', () => {
    const draft = buildDraft(THEMES);
    const broken = { ...draft, outcomes: draft.outcomes.map((o, i) => (i === 1 ? { ...o, aspirationId: 'gone', needIds: ['gone'] } : o)) };
    expect(codes(goldenThreadProblems(broken))).toEqual(['outcome_without_aspiration', 'outcome_without_need']);
  });
});

describe('outcome count', () => {
  it('asks for 3 to 6 outcomes', () => {
    expect(outcomeCountProblem(buildDraft(THEMES.slice(0, 2)))).toMatchObject({ code: 'too_few_outcomes', count: 2 });
    expect(outcomeCountProblem(buildDraft(THEMES.slice(0, 3)))).toBeUndefined();
    expect(outcomeCountProblem(buildDraft([...THEMES, 'learning_and_work', 'independent_living']))).toBeUndefined();
    expect(outcomeCountProblem(buildDraft([...THEMES, ...THEMES.slice(0, 3)]))).toMatchObject({ code: 'too_many_outcomes', count: 7 });
  });
});

describe('theme coverage', () => {
  it('expects all four themes from Year 9, and a stated year wins over an age', () => {
    const draft = buildDraft(['learning_and_work', 'health_and_wellbeing']);
    const year9 = setYoungPerson(draft, { schoolYear: 9, age: 13 });
    expect(themeCoverage(year9)).toEqual({
      covered: ['learning_and_work', 'health_and_wellbeing'],
      uncovered: ['independent_living', 'friends_and_community'],
      expected: 4,
      enough: false,
    });
    expect(themeCoverage(setYoungPerson(draft, { schoolYear: 8, age: 14 })).enough).toBe(true);
  });

  it('uses age 14 when no year is known, and two themes for younger children', () => {
    const draft = { ...buildDraft(['independent_living', 'friends_and_community']), youngPerson: { who: 'parent_carer' as const, readingMode: 'standard' as const, consent: { given: true } } };
    expect(themeCoverage(draft).expected).toBe(2);
    expect(themeCoverage(setYoungPerson(draft, { age: 14 })).expected).toBe(4);
    expect(themeCoverage(setYoungPerson(draft, { age: 6 })).enough).toBe(true);
  });

  it('does not count an aspiration without a theme', () => {
    const { draft } = addAspiration(buildDraft(['learning_and_work']), 'Be happy', null);
    expect(themeCoverage(setYoungPerson(draft, { schoolYear: 3 })).covered).toEqual(['learning_and_work']);
  });
});

describe('draftProblems and isCompleteForReview', () => {
  it('a full draft from a Year 10 pupil is complete with nothing to point out', () => {
    const draft = buildDraft(THEMES);
    expect(draftProblems(draft)).toEqual([]);
    expect(isCompleteForReview(draft)).toBe(true);
  });

  it('advice (missing themes, no timeframe, not SMART) never blocks review', () => {
    const draft = buildDraft(THEMES.slice(0, 3));
    const outcome = draft.outcomes[0]!;
    const next = updateOutcome(draft, outcome.id, { timeframe: null });
    const smart = { [outcome.id]: { specific: true, measurable: false, timeBound: false, personCentred: true } };
    const problems = draftProblems(next, { smart });
    expect(problems).toContainEqual({ code: 'themes_missing', severity: 'advice', missing: ['health_and_wellbeing'] });
    expect(problems).toContainEqual({ code: 'outcome_without_timeframe', severity: 'advice', itemId: outcome.id });
    expect(problems).toContainEqual({ code: 'outcome_not_smart', severity: 'advice', itemId: outcome.id, missing: ['measurable', 'timeBound'] });
    expect(isCompleteForReview(next, { smart })).toBe(true);
  });

  it('blocks review without consent, with an unconfirmed outcome, or with a broken thread', () => {
    const draft = buildDraft(THEMES);
    expect(codes(draftProblems(setConsent(draft, false, NOW)))).toEqual(['consent_missing']);
    expect(isCompleteForReview(setConsent(draft, false, NOW))).toBe(false);
    const started = startOutcome(draft, { statement: 'I will cook a meal', aspirationId: draft.aspirations[1]!.id });
    expect(isCompleteForReview(started.draft)).toBe(false);
    expect(codes(draftProblems(started.draft)).filter((c) => c.startsWith('outcome_without_need') || c === 'outcome_not_confirmed')).toEqual([
      'outcome_without_need',
      'outcome_not_confirmed',
    ]);
    expect(isCompleteForReview(removeItem(draft, draft.aspirations[0]!.id))).toBe(false);
  });

  it('blocks review with fewer than three outcomes', () => {
    expect(isCompleteForReview(buildDraft(THEMES.slice(0, 2)))).toBe(false);
  });
});
