import type { Position } from '../../dialogs/journey';
import { addProvision, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Seed, SeedHope } from './journeySeed';

export interface SeededOutcome {
  statement: string;
  timeframe: { phrase: string; date: string };
  measure?: string;
  doesForMe?: string;
  makesPossible?: string;
  provision?: string;
}

/** The open question of a seed that starts at the review: the summary of the whole plan. */
export const atReviewSummary = (): Position => ({ stage: 'review', step: 'review.summary' });

/** A confirmed outcome for the hope at `hopeIndex`, linked to that hope's needs. */
export function confirmedOutcome(
  draft: Draft,
  hopeIndex: number,
  statement: string,
  fields: Parameters<typeof updateOutcome>[2],
): { draft: Draft; id: string } {
  const hope = draft.aspirations[hopeIndex]!;
  const needIds = draft.needs.filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.id);
  const started = startOutcome(draft, { statement, aspirationId: hope.id, needIds });
  return { draft: updateOutcome(started.draft, started.outcome.id, { ...fields, confirmed: true }), id: started.outcome.id };
}

/** One confirmed outcome for each hope, linked to that hope's needs: the draft as the outcomes stage leaves it. */
export function withConfirmedOutcomes(draft: Draft, outcomeFor: (index: number) => SeededOutcome): Draft {
  let next = draft;
  for (const i of draft.aspirations.keys()) {
    const { statement, provision, ...fields } = outcomeFor(i);
    const confirmed = confirmedOutcome(next, i, statement, fields);
    next = provision ? addProvision(confirmed.draft, confirmed.id, provision, 'education').draft : confirmed.draft;
  }
  return next;
}

/** Sam, a young person at the review's summary, seeded on a spring day so the school year is certain. */
export function samAtReview(schoolYear: number, hopes: SeedHope[], change: (draft: Draft) => Draft): Seed {
  return { today: '2025-03-10', name: 'Sam', age: schoolYear + 5, schoolYear, hopes, change, at: atReviewSummary };
}
