import type { Position } from '../../dialogs/journey';
import { addAboutMe, addProvision, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { parentSeed, type Seed, type SeedHope } from './journeySeed';

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

/** Three strengths, so one can be named, numbered or taken out: drawing, animals, making people laugh. */
export function withThreeStrengths(draft: Draft): Draft {
  let next = addAboutMe(draft, 'strengths', 'I am good at drawing');
  next = addAboutMe(next, 'strengths', 'I am kind to animals');
  return addAboutMe(next, 'strengths', 'I make people laugh');
}

/**
 * Sam, 15, in Year 10, at the review's summary: one hope (designing computer games, reading long
 * instructions is hard) and three strengths; `more` changes the draft after.
 */
export function gamesDesignerAtReview(more: (draft: Draft) => Draft = (d) => d): Seed {
  const hope: SeedHope = { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] };
  return samAtReview(10, [hope], (draft) => more(withThreeStrengths(draft)));
}

/**
 * A parent at the review's summary, on the day the coaching sets were written: one hope for
 * `child`, with one confirmed outcome linked to its needs.
 */
export function parentAtReview(child: { name: string; age: number; schoolYear: number }, hope: SeedHope, outcome: SeededOutcome): Seed {
  return parentSeed(child, [hope], { change: (draft) => withConfirmedOutcomes(draft, () => outcome), at: atReviewSummary });
}

const DANS_OUTCOMES: readonly SeededOutcome[] = [
  { statement: 'In 2 years (by December 2028), I will cook my own tea every day in the flat.', timeframe: { phrase: 'in 2 years', date: '2028-12-02' }, measure: 'dad sees me cook', doesForMe: 'i feel grown up', makesPossible: 'move in with sam' },
  { statement: 'In a year (by December 2027), I will get a paid job.', timeframe: { phrase: 'in a year', date: '2027-12-02' }, measure: 'i get paid', doesForMe: 'i feel proud', makesPossible: 'save money' },
];

/**
 * Dan, 22, at the read-back: two hopes (a flat with Sam, a paid job), each with a confirmed
 * outcome; `changed` replaces fields of either outcome, `more` changes the draft after.
 */
export function danAtReview(changed: readonly Partial<SeededOutcome>[] = [], more: (draft: Draft) => Draft = (d) => d): Seed {
  return {
    today: '2026-12-02',
    name: 'Dan',
    age: 22,
    hopes: [
      { text: 'live in a flat with sam', theme: 'independent_living', needs: ['i cant cook yet'] },
      { text: 'get a job with money', theme: 'learning_and_work', needs: ['i need help with intervews'] },
    ],
    change: (draft) => more(withConfirmedOutcomes(draft, (i) => ({ ...DANS_OUTCOMES[i]!, ...changed[i] }))),
    at: atReviewSummary,
  };
}
