import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/* Dan, 22, at the read-back, adds something else that makes life hard, in his own words. */

const DAN: Seed = {
  today: '2026-12-02',
  name: 'Dan',
  age: 22,
  hopes: [
    { text: 'live in a flat with sam', theme: 'independent_living', needs: ['i cant cook yet'] },
    { text: 'get a job with money', theme: 'learning_and_work', needs: ['i need help with intervews'] },
  ],
  change: (draft) =>
    withConfirmedOutcomes(draft, (i) =>
      [
        { statement: 'In 2 years (by December 2028), I will cook my own tea every day in the flat.', timeframe: { phrase: 'in 2 years', date: '2028-12-02' }, measure: 'dad sees me cook', doesForMe: 'i feel grown up', makesPossible: 'move in with sam' },
        { statement: 'In a year (by December 2027), I will get a paid job.', timeframe: { phrase: 'in a year', date: '2027-12-02' }, measure: 'i get paid', doesForMe: 'i feel proud', makesPossible: 'save money' },
      ][i]!,
    ),
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

describe('a new need added at the review, in their words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['another hard thing is noise', 'noise'],
    ['add a hard thing: loud places', 'loud places'],
    ['put busy buses in the hard things', 'busy buses'],
  ])('"%s" is read back, and kept after a yes as "%s"', async (typed, need) => {
    ({ chat } = await startWith(DAN));
    const replies = await chat.say(typed);
    const said = saidIn(replies);
    expect(chat.step).toBe('review.change');
    // A yes or no is asked, never a pick of the plan's parts.
    expect(replies.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Yes', 'No']);
    expect(said).not.toMatch(/Add this hope/i);
    await chat.say('yes');
    const draft = await chat.draft();
    expect(draft?.needs.map((n) => n.text)).toContain(need);
    expect(draft?.aspirations).toHaveLength(2);
    expect(chat.step).toBe('review.summary');
  });

  it('after "change something", "another hard thing is the noise at college" is the new need', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('change something');
    await chat.say('another hard thing is the noise at college');
    await chat.say('yes');
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain('the noise at college');
  });

  it('"no" keeps nothing', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('another hard thing is noise');
    await chat.say('no');
    expect((await chat.draft())?.needs).toHaveLength(2);
  });

  it.each(['looks good', "ok that's fine", 'change the date'])('"%s" adds no need', async (typed) => {
    ({ chat } = await startWith(DAN));
    await chat.say(typed);
    expect((await chat.draft())?.needs).toHaveLength(2);
  });
});
