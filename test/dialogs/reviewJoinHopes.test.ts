import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

const STATEMENTS = ['By July 2027, I will ask a member of staff at the station a question.', 'By July 2027, I will know three signal box jobs.', 'By July 2027, I will chat with one child at break.'];
const SEED: Seed = samAtReview(
  10,
  [
    { text: 'have a job with trains one day', theme: 'learning_and_work', needs: ['talking to people I do not know'] },
    { text: 'to be a train driver or work at the signal box', theme: 'learning_and_work', needs: ['maths is behind'] },
    { text: 'have a mate', theme: 'friends_and_community', needs: ['nobody sits with me'] },
  ],
  (draft: Draft) => withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } })),
);

describe('joining two hopes into one at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the two train hopes are the same, can you join them into one: X" makes one hope with the new words, keeping both hopes\' hard things and goals', async () => {
    ({ chat } = await startWith(SEED));
    const asked = await chat.say('the two train hopes are the same, can you join them into one: to have a job on the railway one day, like train driver or signalling');
    expect(chat.step).toBe(Step.reviewChange);
    expect(saidIn(asked)).toMatch(/one hope: "to have a job on the railway one day, like train driver or signalling"/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to have a job on the railway one day, like train driver or signalling', 'have a mate']);
    const railway = draft.aspirations[0]!.id;
    expect(draft.outcomes.filter((o) => o.aspirationId === railway)).toHaveLength(2);
    expect(draft.needs.filter((n) => n.aspirationIds.includes(railway)).map((n) => n.text)).toEqual(['talking to people I do not know', 'maths is behind']);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"can you merge the trains job and the signal box hopes" keeps the first hope\'s words; "no" leaves both', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can you merge the trains job and the signal box hopes');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('no');
    expect((await chat.draft())!.aspirations).toHaveLength(3);
    await chat.say('can you merge the trains job and the signal box hopes');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['have a job with trains one day', 'have a mate']);
  });
});
