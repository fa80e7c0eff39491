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

/** One confirmed outcome for each hope, linked to that hope's needs: the draft as the outcomes stage leaves it. */
export function withConfirmedOutcomes(draft: Draft, outcomeFor: (index: number) => SeededOutcome): Draft {
  let next = draft;
  for (const [i, hope] of draft.aspirations.entries()) {
    const { statement, provision, ...fields } = outcomeFor(i);
    const needIds = next.needs.filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.id);
    const started = startOutcome(next, { statement, aspirationId: hope.id, needIds });
    next = updateOutcome(started.draft, started.outcome.id, { ...fields, confirmed: true });
    if (provision) next = addProvision(next, started.outcome.id, provision, 'education').draft;
  }
  return next;
}

/** Sam, a young person at the review's summary, seeded on a spring day so the school year is certain. */
export function samAtReview(schoolYear: number, hopes: SeedHope[], change: (draft: Draft) => Draft): Seed {
  return { today: '2025-03-10', name: 'Sam', age: schoolYear + 5, schoolYear, hopes, change, at: () => ({ stage: 'review', step: 'review.summary' }) };
}
