import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Seed } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes, type SeededOutcome } from './reviewSeed';

/*
 * Jordan, 19, on a supported internship, at the review with three confirmed outcomes: the plan the
 * review-request tests type their changes into.
 */
export const BUS = 'By July 2027, I will take the bus to my internship on my own.';
export const COOK = 'By July 2027, I will cook a meal on my own once a week.';
export const RENT = 'By July 2027, I will pay my rent on time.';
export const WHEN = { phrase: 'by july 2027', date: '2027-07-31' };
export const OUTCOMES: readonly SeededOutcome[] = [
  { statement: BUS, timeframe: WHEN, measure: 'my job coach sees me get there', makesPossible: 'go out more', provision: 'travel training' },
  { statement: COOK, timeframe: WHEN, measure: 'mum sees me do it', makesPossible: 'eat what i like' },
  { statement: RENT, timeframe: WHEN, measure: 'i get a receipt', makesPossible: 'keep my flat' },
];
/** Numbered as the review lists them: 1 and 2 about him, 3 to 5 his hopes, 6 the need, 7 to 9 the outcomes (8 is the cooking one). */
export const SEED: Seed = {
  today: '2026-12-02',
  name: 'Jordan',
  age: 19,
  hopes: [
    { text: 'get a paid job after my internship', theme: 'learning_and_work', needs: ['i cant get the bus on my own'] },
    { text: 'be healthy', theme: 'health_and_wellbeing', needs: [] },
    { text: 'live in my own flat', theme: 'independent_living', needs: [] },
  ],
  change: (d: Draft) => addAboutMe(addAboutMe(withConfirmedOutcomes(d, (i) => OUTCOMES[i]!), 'strengths', 'i am good with computers'), 'support', 'tell me one thing at a time'),
  at: atReviewSummary,
};
