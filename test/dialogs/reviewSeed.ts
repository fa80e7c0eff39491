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

/** Every outcome points at a hope still in the draft: none is left linked to a hope that is gone. */
export function noOutcomeWithoutItsHope(draft: Draft): boolean {
  const hopeIds = new Set(draft.aspirations.map((a) => a.id));
  return draft.outcomes.every((o) => o.aspirationId !== null && hopeIds.has(o.aspirationId));
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

/** Leo's about-me answers and his two goals. */
function leoOutcomes(draft: Draft): Draft {
  let next = addAboutMe(draft, 'strengths', 'I am good at lego');
  next = addAboutMe(next, 'important', 'my cat and biscits');
  const lego = confirmedOutcome(next, 0, 'By July 2027, I will build a big lego set on my own.', {
    timeframe: { phrase: 'by july', date: '2027-07-22' },
    measure: 'mum sees it finished',
    doesForMe: 'i feel proud and i get a biscit',
    makesPossible: 'show my friends',
  });
  return confirmedOutcome(lego.draft, 1, 'By July 2027, I will play in a football match for the school team.', {
    timeframe: { phrase: 'by july', date: '2027-07-22' },
    measure: 'coach picks me',
    doesForMe: 'i feel part of a team',
  }).draft;
}

/**
 * Leo, 12, in Year 7, at the review's summary: about-me answers that mention lego and biscuits, a
 * lego goal (what it does for him: "i feel proud and i get a biscit") and a football goal, with a
 * need that says what he does not like.
 */
export function leoAtReview(journey: Seed['journey'] = {}): Seed {
  return {
    today: '2026-12-03',
    name: 'Leo',
    age: 12,
    schoolYear: 7,
    hopes: [
      { text: 'build big lego models', theme: 'learning_and_work', needs: ['the instructions are hard to follow'] },
      { text: 'play football for a team', theme: 'friends_and_community', needs: ['i get upset when i lose', 'i dont like it when people shout at me'] },
    ],
    change: leoOutcomes,
    at: atReviewSummary,
    journey,
  };
}

/** Jade's two goals: the bus to college on her own, and the till in a shop. */
export const JADES_OUTCOMES: readonly SeededOutcome[] = [
  { statement: 'By July 2027, I will take the bus to college on my own.', timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'i get there on time', doesForMe: 'i wud be less stressed', makesPossible: 'go out with friends' },
  { statement: 'By June 2027, I will work on the till in a shop.', timeframe: { phrase: 'by june 2027', date: '2027-06-30' }, measure: 'my manager says im ok', doesForMe: 'i feel proud', makesPossible: 'save money' },
];

/**
 * Jade, 17, in Year 12, at the read-back: two hopes (college on her own, a job in a shop), each
 * with a confirmed goal; `changed` replaces fields of either goal.
 */
export function jadeAtReview(changed: readonly Partial<SeededOutcome>[] = []): Seed {
  return {
    today: '2026-12-02',
    name: 'Jade',
    age: 17,
    schoolYear: 12,
    hopes: [
      { text: 'go to college on my own', theme: 'independent_living', needs: ['i cant get the bus on my own'] },
      { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['maths n money'] },
    ],
    change: (draft) => withConfirmedOutcomes(draft, (i) => ({ ...JADES_OUTCOMES[i]!, ...changed[i] })),
    at: atReviewSummary,
  };
}

export const SAM_SWIM = 'By July 2026, I will swim 5 metres with armbands.';
export const SAM_TOILET = 'By July 2026, I will use the toilet at school on my own.';

/** Sam, 4, at the review with two confirmed goals (swimming, then the toilet), each with the fields given. */
export function samSwimAndToilet(fields: Partial<SeededOutcome> = {}): Seed {
  return samAtReview(
    4,
    [
      { text: 'learn to swim', theme: 'health_and_wellbeing', needs: ['she is scared of the water'] },
      { text: 'use the toilet on her own', theme: 'independent_living', needs: ['she needs reminding'] },
    ],
    (d) => withConfirmedOutcomes(d, (i) => ({ statement: i ? SAM_TOILET : SAM_SWIM, timeframe: { phrase: 'by July 2026', date: '2026-07-20' }, measure: 'her teacher sees it', ...fields })),
  );
}

/**
 * Kofi, 15, in Year 10, at the read-back: two hopes (play sport for a club, he gets tired using
 * his arm; get his GCSEs, typing is slow), no outcomes yet.
 */
export function kofiAtReview(): Seed {
  return {
    ...samAtReview(10, [
      { text: 'play sport for a club', theme: 'friends_and_community', needs: ['i get tired using my arm'] },
      { text: 'get my gcses', theme: 'learning_and_work', needs: ['typing is slow'] },
    ], (d) => d),
    name: 'Kofi',
  };
}

/** Amir's goals: a job in a shop (with a job coach), cooking his tea, the bus to college; `extra` goals after. */
export const AMIRS_GOALS: readonly SeededOutcome[] = [
  { statement: 'In a year (by December 2027), I will get a job in a shop.', timeframe: { phrase: 'in a year', date: '2027-12-06' }, measure: 'i get paid', provision: 'a job coach' },
  { statement: 'In a year (by December 2027), I will cook my tea on my own.', timeframe: { phrase: 'in a year', date: '2027-12-06' }, measure: 'mum sees me cook' },
];

/**
 * Amir, 20, in easy read, at the review's summary: two hopes (get a job, live in his own flat),
 * each with what is hard and one goal; `more` changes the draft after (a copy of a goal...).
 */
export function amirAtReview(more: (draft: Draft) => Draft = (d) => d): Seed {
  return {
    today: '2026-12-06',
    name: 'Amir',
    age: 20,
    hopes: [
      { text: 'get a job', theme: 'learning_and_work', needs: ['reading and travel'] },
      { text: 'live in my own flat', theme: 'independent_living', needs: ['i cant cook'] },
    ],
    change: (draft) => more(withConfirmedOutcomes(draft, (i) => AMIRS_GOALS[i]!)),
    at: atReviewSummary,
    journey: { mode: 'easy_read' },
  };
}
