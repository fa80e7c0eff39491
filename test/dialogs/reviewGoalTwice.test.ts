import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAspiration, addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { amirAtReview, confirmedOutcome } from './reviewSeed';

/*
 * Amir, 20, in easy read, has his job goal in the plan twice. "job is 2 times. remove one" was not
 * understood (or took out the whole job hope). The two goals are found and shown; after a yes the
 * second goes, its help moves to the first, and the hope and its hard things stay.
 */

const JOB = 'In a year (by December 2027), I will get a job in a shop.';

/** A copy of the job goal, added later with help of its own. */
function withJobTwice(draft: Draft): Draft {
  const copy = confirmedOutcome(draft, 0, JOB, { timeframe: { phrase: 'in a year', date: '2027-12-06' } });
  return addProvision(copy.draft, copy.id, 'travel training', 'education').draft;
}

describe('a goal in the plan twice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"job is 2 times. remove one" shows both, and "yes" takes out the copy only', async () => {
    ({ chat } = await startWith(amirAtReview(withJobTwice)));
    await chat.say('job is 2 times. remove one');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked.split('I will get a job in a shop')).toHaveLength(3);
    expect((await chat.draft())!.outcomes).toHaveLength(3);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['get a job', 'live in my own flat']);
    expect(draft.needs.map((n) => n.text)).toEqual(['reading and travel', 'i cant cook']);
    expect(draft.outcomes.map((o) => o.statement)).toEqual([JOB, 'In a year (by December 2027), I will cook my tea on my own.']);
    expect(draft.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a job coach', 'travel training']);
    expect(draft.outcomes[0]!.measure).toBe('i get paid');
  });

  it('"no" keeps both goals', async () => {
    ({ chat } = await startWith(amirAtReview(withJobTwice)));
    await chat.say('the job one is on there twice');
    await chat.say('no leave it');
    expect((await chat.draft())!.outcomes.filter((o) => o.statement === JOB)).toHaveLength(2);
  });

  it('a hope there twice is still made one, and "remove one" after it asks nothing more', async () => {
    const twoHopes = amirAtReview((d) => addAspiration(d, 'get a job', 'learning_and_work').draft);
    ({ chat } = await startWith(twoHopes));
    await chat.say('get a job is 2 times. remove one');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['get a job', 'live in my own flat']);
    expect(draft.outcomes).toHaveLength(2);
  });
});
