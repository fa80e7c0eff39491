import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * A goal added from the review, then "another goal?": "looks good", "all good", "thats fine" or
 * "sorted" say no more, so the review comes back. Only a yes or a hope named starts one.
 */

const OUTCOME = { statement: 'By July 2027, I will use the till at the cafe.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'sue sees me' };
const SEED = samAtReview(
  14,
  [
    { text: 'wanna work in a cafe n get paid', theme: 'learning_and_work', needs: ['the till confuses me'] },
    { text: 'live in my own flat', theme: 'independent_living', needs: ['i cant cook yet'] },
    { text: 'go on holiday with my mates', theme: 'friends_and_community', needs: ['i get nervous'] },
  ],
  (d) => {
    const withGoals = withConfirmedOutcomes(d, () => OUTCOME);
    return { ...withGoals, outcomes: withGoals.outcomes.filter((o) => o.aspirationId === d.aspirations[0]!.id) };
  },
);

async function atAnotherAfterFlatGoal(chat: Transcript) {
  await chat.say('add a goal for the flat one');
  for (const answer of ['cook my own tea twice a week', 'in a year', 'mum sees me cook', 'i feel grown up', 'have my mates round for tea', 'mum to show me the first times', 'yes']) {
    if (chat.step === Step.outcomeAnother) break;
    await chat.say(answer);
  }
  expect(chat.step).toBe(Step.outcomeAnother);
}

describe('"another goal?" after a goal added from the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['looks good', 'all good', 'thats fine', 'sorted'])('"%s" means no more: back to the review', async (said) => {
    ({ chat } = await startWith(SEED));
    await atAnotherAfterFlatGoal(chat);
    await chat.say(said);
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes).toHaveLength(2);
  });

  it('"yes one for the holiday" picks the holiday hope, not a new topic', async () => {
    ({ chat } = await startWith(SEED));
    await atAnotherAfterFlatGoal(chat);
    const replies = await chat.say('yes one for the holiday');
    const hope = (await chat.draft())!.aspirations.find((a) => a.text === 'go on holiday with my mates')!;
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(hope.id);
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toMatch(/about .the holiday/i);
  });

  it('"yes" still starts one', async () => {
    ({ chat } = await startWith(SEED));
    await atAnotherAfterFlatGoal(chat);
    await chat.say('yes');
    expect(chat.step).not.toBe(Step.reviewSummary);
  });
});
