import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes, type SeededOutcome } from './reviewSeed';

/*
 * At the review, a change followed by a sentence that starts with "change", "make", "put" or
 * "take" but names no part ("Change is hard for me", "Make it every Sunday"): one change, never a
 * second. After a yes he is back at the read-back and nothing else in the plan has changed.
 */
const BUS = 'By July 2027, I will take the bus to my internship on my own.';
const COOK = 'By July 2027, I will cook a meal on my own once a week.';
const RENT = 'By July 2027, I will pay my rent on time.';
const WHEN = { phrase: 'by july 2027', date: '2027-07-31' };
const OUTCOMES: readonly SeededOutcome[] = [
  { statement: BUS, timeframe: WHEN, measure: 'my job coach sees me get there', makesPossible: 'go out more', provision: 'travel training' },
  { statement: COOK, timeframe: WHEN, measure: 'mum sees me do it', makesPossible: 'eat what i like' },
  { statement: RENT, timeframe: WHEN, measure: 'i get a receipt', makesPossible: 'keep my flat' },
];
/** Numbered as the review lists them: 1 and 2 about him, 3 to 5 his hopes, 6 the need, 7 to 9 the outcomes (8 is the cooking one). */
const SEED: Seed = {
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


describe('a second sentence that names no part is not a second change', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'Change 1 to I am good with computers. Change is hard for me',
    'change 8 to I will cook a meal on my own. Make it every Sunday',
    'change 3 to i want to go to college. Make friends there too',
    'Change 5 to: I like art. Put my drawings on the wall',
    'change 2 to i want to live on my own. Take my cat with me',
  ])('"%s": one change, then back at the read-back', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const said = chat.lastQuestion!.activity.text ?? '';
    expect(said).not.toMatch(/Which part would you like to change/i);
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i cant get the bus on my own']);
    expect(draft.outcomes).toHaveLength(3);
  });

  it('"change 8 to ... Make it every Sunday": "every Sunday" is read back with the change, never dropped', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 8 to I will cook a meal on my own. Make it every Sunday');
    expect(chat.lastQuestion!.activity.text).toMatch(/every Sunday/i);
  });
});
