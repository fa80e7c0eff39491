import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/* A carer at the review with six outcomes asks for a seventh: never "nothing to join", never taken as "Looks good". */

const HOPES = ['to stay at his school', 'to have friends', 'to get ready for school by himself', 'to eat lunch at school', 'to go swimming', 'to sleep in his own bed'];

async function sixOutcomesAtReview(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, HOPES.map((text) => ({ text, theme: null, needs: [] })), {
      change: (d) => withConfirmedOutcomes(d, (i) => ({ statement: `By July 2027, Reece will do thing ${i + 1}.`, timeframe: { phrase: 'by july 2027', date: '2027-07-20' } })),
      at: atReviewSummary,
    }),
  );
  return chat;
}

describe('another outcome asked for at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can i not have a 7th one about sleep?', 'could we do one more outcome about sleep'])('"%s" starts a new one about sleep', async (typed) => {
    chat = await sixOutcomesAtReview();
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/nothing to join|didn't catch/);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion?.activity.text).toMatch(/sleep/);
  });

  it.each(['yes, sleep please. i asked twice now', 'yes another one please'])('"%s" is never "Looks good": the draft is not finished', async (typed) => {
    chat = await sixOutcomesAtReview();
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.reviewDone);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('leave alone: "yes looks good" still finishes', async () => {
    chat = await sixOutcomesAtReview();
    await chat.say('yes looks good');
    expect(chat.step).not.toBe(Step.reviewSummary);
  });
});
