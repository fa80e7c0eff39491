import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/** Yusuf's mum, in simple English, at the read-back of his plan. */
function yusufAtReview(at: Seed['at'] = () => ({ stage: 'review', step: Step.reviewSummary })): Seed {
  return parentSeed({ name: 'Yusuf', age: 6, schoolYear: 1 }, [{ text: 'he go to toilet by himself', theme: 'independent_living', needs: ['toilet is hard, he wear nappy'] }], {
    change: (d) =>
      withConfirmedOutcomes(d, () => ({ statement: 'By July 2028, Yusuf will use the toilet at school.', timeframe: { phrase: 'end of year 2', date: '2028-07-21' }, measure: 'he is dry all day', doesForMe: 'he feel big', makesPossible: 'go to friends house' })),
    at,
  });
}

describe('"ok" followed by a question at the read-back is not "looks good"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['ok. where i say toilet is hard?', 'yes but where is the toilet thing?', 'ok, why it says July?']) {
    it(`"${said}" leaves the plan not ready and the read-back open`, async () => {
      ({ chat } = await startWith(yusufAtReview()));
      const replies = await chat.say(said);
      expect(texts(replies)).not.toMatch(/Your draft is ready/);
      expect((await chat.draft())?.status).not.toBe('ready_for_review');
      expect(chat.lastQuestion?.step).toBe(Step.reviewSummary);
    });
  }

  it('a plain "ok looks good" still marks it ready', async () => {
    ({ chat } = await startWith(yusufAtReview()));
    const replies = await chat.say('ok looks good');
    expect(texts(replies)).not.toMatch(/didn.t catch/);
    expect(chat.lastQuestion?.step).not.toBe(Step.reviewSummary);
  });
});

describe('new words typed as "ok then change it to: ..." at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps only the new words, never "ok then change it to:"', async () => {
    ({ chat } = await startWith(yusufAtReview((d) => ({ stage: 'review', step: Step.reviewChange, data: { itemId: d.needs[0]!.id } }))));
    await chat.say('ok then change it to: he is scared of the loud hand dryer');
    const needs = (await chat.draft())?.needs.map((n) => n.text);
    expect(needs).toEqual(['he is scared of the loud hand dryer']);
  });

  it('words with no asking before them are kept as typed', async () => {
    ({ chat } = await startWith(yusufAtReview((d) => ({ stage: 'review', step: Step.reviewChange, data: { itemId: d.needs[0]!.id } }))));
    await chat.say('he make to wee in his pants sometimes');
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['he make to wee in his pants sometimes']);
  });
});
