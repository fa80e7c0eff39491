import type { Draft, ThemeId } from './draft';
import { THEMES } from './vocabulary';

/** A plan has 3 to 6 outcomes (Bristol outcomes framework): fewer misses a theme, more loses focus. */
export const MIN_OUTCOMES = 3;
export const MAX_OUTCOMES = 6;
/** Preparing for Adulthood planning starts from Year 9 (age 14): then every theme is expected. */
export const PREPARING_FOR_ADULTHOOD_YEAR = 9;
export const PREPARING_FOR_ADULTHOOD_AGE = 14;
export const THEMES_EXPECTED_BEFORE_ADULTHOOD = 2;

/** The SMART flags the language analysis gives for one outcome statement. */
export interface SmartFlags {
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  personCentred: boolean;
}

/** Analysis results the checks use; keyed by outcome id. The domain does no language analysis itself. */
export interface DraftAnalysis {
  smart?: Readonly<Record<string, SmartFlags>>;
}

/**
 * `blocking` problems stop a draft being sent for review; `advice` is shown to the person and
 * the key worker but never stops them, because the person may not know yet and that is fine.
 */
export type ProblemSeverity = 'blocking' | 'advice';

export type DraftProblem =
  | { code: 'consent_missing'; severity: 'blocking' }
  | { code: 'too_few_outcomes' | 'too_many_outcomes'; severity: 'blocking'; count: number }
  | { code: 'outcome_without_aspiration' | 'outcome_without_need' | 'outcome_not_confirmed'; severity: 'blocking'; itemId: string }
  | { code: 'outcome_without_timeframe' | 'outcome_without_measure' | 'outcome_without_provision'; severity: 'advice'; itemId: string }
  | { code: 'outcome_three_questions_unanswered'; severity: 'advice'; itemId: string }
  | { code: 'outcome_not_smart'; severity: 'advice'; itemId: string; missing: (keyof SmartFlags)[] }
  | { code: 'themes_missing'; severity: 'advice'; missing: ThemeId[] };

export type ProblemCode = DraftProblem['code'];

/** Outcomes whose golden thread is broken: no existing aspiration, or no existing need. */
export function goldenThreadProblems(draft: Draft): DraftProblem[] {
  const aspirationIds = new Set(draft.aspirations.map((a) => a.id));
  const needIds = new Set(draft.needs.map((n) => n.id));
  const problems: DraftProblem[] = [];
  for (const outcome of draft.outcomes) {
    if (outcome.aspirationId === null || !aspirationIds.has(outcome.aspirationId)) {
      problems.push({ code: 'outcome_without_aspiration', severity: 'blocking', itemId: outcome.id });
    }
    if (!outcome.needIds.some((id) => needIds.has(id))) {
      problems.push({ code: 'outcome_without_need', severity: 'blocking', itemId: outcome.id });
    }
  }
  return problems;
}

export function hasGoldenThread(draft: Draft): boolean {
  return goldenThreadProblems(draft).length === 0;
}

export function outcomeCountProblem(draft: Draft): DraftProblem | undefined {
  const count = draft.outcomes.length;
  if (count < MIN_OUTCOMES) return { code: 'too_few_outcomes', severity: 'blocking', count };
  if (count > MAX_OUTCOMES) return { code: 'too_many_outcomes', severity: 'blocking', count };
  return undefined;
}

/** A stated school year wins over an age; with neither, the younger expectation applies. */
export function isPreparingForAdulthood(youngPerson: Draft['youngPerson']): boolean {
  if (youngPerson.schoolYear !== undefined) return youngPerson.schoolYear >= PREPARING_FOR_ADULTHOOD_YEAR;
  if (youngPerson.age !== undefined) return youngPerson.age >= PREPARING_FOR_ADULTHOOD_AGE;
  return false;
}

export interface ThemeCoverage {
  /** Themes with at least one aspiration, in THEMES order. */
  covered: ThemeId[];
  /** Themes without one, in THEMES order: the ones the hopes stage asks about next. */
  uncovered: ThemeId[];
  /** How many themes are expected for this person's age. */
  expected: number;
  enough: boolean;
}

export function themeCoverage(draft: Draft): ThemeCoverage {
  const present = new Set(draft.aspirations.map((a) => a.theme));
  const covered = THEMES.filter((theme) => present.has(theme));
  const uncovered = THEMES.filter((theme) => !present.has(theme));
  const expected = isPreparingForAdulthood(draft.youngPerson) ? THEMES.length : THEMES_EXPECTED_BEFORE_ADULTHOOD;
  return { covered, uncovered, expected, enough: covered.length >= expected };
}

function outcomeProblems(draft: Draft, analysis: DraftAnalysis): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const outcome of draft.outcomes) {
    const itemId = outcome.id;
    if (!outcome.confirmed) problems.push({ code: 'outcome_not_confirmed', severity: 'blocking', itemId });
    if (!outcome.timeframe) problems.push({ code: 'outcome_without_timeframe', severity: 'advice', itemId });
    if (!outcome.measure) problems.push({ code: 'outcome_without_measure', severity: 'advice', itemId });
    if (outcome.doesForMe === null && outcome.makesPossible === null) {
      problems.push({ code: 'outcome_three_questions_unanswered', severity: 'advice', itemId });
    }
    if (outcome.provision.length === 0) problems.push({ code: 'outcome_without_provision', severity: 'advice', itemId });
    const smart = analysis.smart?.[outcome.id];
    if (smart) {
      const missing = (Object.keys(smart) as (keyof SmartFlags)[]).filter((flag) => !smart[flag]);
      if (missing.length > 0) problems.push({ code: 'outcome_not_smart', severity: 'advice', itemId, missing });
    }
  }
  return problems;
}

/** Everything the review page should point out: whole-draft problems, then broken golden threads, then per outcome. */
export function draftProblems(draft: Draft, analysis: DraftAnalysis = {}): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.youngPerson.consent.given) problems.push({ code: 'consent_missing', severity: 'blocking' });
  const count = outcomeCountProblem(draft);
  if (count) problems.push(count);
  const coverage = themeCoverage(draft);
  if (!coverage.enough) problems.push({ code: 'themes_missing', severity: 'advice', missing: coverage.uncovered });
  problems.push(...goldenThreadProblems(draft), ...outcomeProblems(draft, analysis));
  return problems;
}

/** Consent given, 3 to 6 confirmed outcomes, each on the golden thread. Advice never blocks. */
export function isCompleteForReview(draft: Draft, analysis: DraftAnalysis = {}): boolean {
  return draftProblems(draft, analysis).every((problem) => problem.severity === 'advice');
}
