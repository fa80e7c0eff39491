import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review, an outcome named as one ("the friend outcome", "the stretches one") is said to
 * belong under another hope, without the word "hope" at the end: it moves after a yes, and the
 * outcome's words stay as they were.
 */
const STATEMENTS = [
  'By Easter in Year 7, I will chat with one other child in my form at break.',
  'By March 2027, I will do my physio stretches 5 days a week.',
  'By March 2027, I will take a rest break every afternoon.',
];
const SEED: Seed = samAtReview(
  10,
  [
    { text: 'have a job with trains one day', theme: 'learning_and_work', needs: ['talking to people I do not know'] },
    { text: 'having a friend', theme: 'friends_and_community', needs: ['nobody sits with me'] },
    { text: 'not be so tired all the time', theme: 'health_and_wellbeing', needs: ['I forget my stretches'] },
  ],
  (draft: Draft) => withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by March 2027', date: '2027-03-31' } })),
);

async function hopeOf(chat: Transcript, statement: string): Promise<string | undefined> {
  const draft = (await chat.draft())!;
  const outcome = draft.outcomes.find((o) => o.statement === statement)!;
  return draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text;
}

describe('moving an outcome named as one to another hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['the chat with one other child outcome should be under having a friend not the trains job', STATEMENTS[0]!, 'having a friend'],
    ['can the stretches one go under the not be so tired hope instead of the trains one?', STATEMENTS[1]!, 'not be so tired all the time'],
  ])('%j moves it after a yes, with its words kept', async (typed, statement, hope) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain(hope);
    await chat.say('yes');
    expect(await hopeOf(chat, statement)).toBe(hope);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(STATEMENTS);
    expect(draft.aspirations.map((a) => a.text)).toContain('have a job with trains one day');
  });
});
