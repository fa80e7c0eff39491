import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review a person moves a goal by naming it and the hope it is for, often with the hope it
 * is not for: "the shopping one is for my money dream not the holiday". The goal moves there, with
 * that hope's needs, and the bot says where it is now. It is never read as a new hope.
 */

const STATEMENTS = ['By July 2027, I will do the food shopping on my own.', 'By July 2027, I will save £5 each week.'];

const SEED: Seed = samAtReview(
  11,
  [
    { text: 'go on holiday with my mates', theme: 'friends_and_community', needs: ['I get lost in new places'] },
    { text: 'look after my own money', theme: 'independent_living', needs: ['I find it hard to count change'] },
  ],
  (draft: Draft) => withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } })),
);

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function shoppingHope(chat: Transcript) {
  const draft = (await chat.draft())!;
  const outcome = draft.outcomes.find((o) => o.statement === STATEMENTS[0])!;
  const hope = draft.aspirations.find((a) => a.id === outcome.aspirationId)!;
  return { draft, outcome, hope };
}

describe('a goal moved to a hope named with it at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'the shopping one is for my money dream not the holiday',
    'put the shopping goal with money',
    'shopping goes with money not holiday',
  ]) {
    it(`"${said}" moves the goal to the money hope, with its needs`, async () => {
      ({ chat } = await startWith(SEED));
      const asked = await chat.say(said);
      expect(texts(asked)).not.toMatch(/Add this hope/);
      expect(texts(asked)).toContain('look after my own money');
      const moved = await chat.say('yes');
      expect(texts(moved)).toMatch(/now for the hope "look after my own money"/);
      const { draft, outcome, hope } = await shoppingHope(chat);
      expect(hope.text).toBe('look after my own money');
      expect(outcome.needIds).toEqual(draft.needs.filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.id));
      expect(chat.step).toBe(Step.reviewSummary);
    });
  }
});
