import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { confirmedOutcome, samAtReview } from './reviewSeed';

/*
 * At the review a hope with no goal yet: "i want to do the bus outcome. i said that before" starts
 * that hope's goal, never kept as an answer.
 */

const SEED: Seed = samAtReview(
  10,
  [
    { text: 'tattoo artist', theme: 'learning_and_work', needs: ['mum thinks its not a real job'] },
    { text: 'get the bus to my nans on my own', theme: 'independent_living', needs: ['i get lost easy'] },
  ],
  (draft: Draft) => confirmedOutcome(draft, 0, 'By the end of Year 11, I will make a portfolio of my tattoo designs.', { timeframe: { phrase: 'by the end of Year 11', date: '2027-07-23' } }).draft,
);

describe('a goal asked for at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['i want to do the bus outcome. i said that before', 'i want to do the bus outcome']) {
    it(`"${typed}" starts the goal for the bus hope`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say(typed);
      const draft = (await chat.draft())!;
      expect(JSON.stringify(draft)).not.toMatch(/i want to do|said that before/i);
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
    });
  }
});
