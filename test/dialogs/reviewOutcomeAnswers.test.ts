import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/* Dan, 22, at the read-back, changes what a goal would do for him, make possible, or provide. */

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
        { statement: 'In a year (by December 2027), I will get a paid job.', timeframe: { phrase: 'in a year', date: '2027-12-02' }, measure: 'i get paid', doesForMe: 'i feel proud', makesPossible: 'save money', provision: 'help with forms' },
      ][i]!,
    ),
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

type Parts = { doesForMe: string | null | undefined; makesPossible: string | null | undefined; help: string[] };

describe("an outcome's own answers changed at the review, in their words", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const parts = async (): Promise<Parts[]> => ((await chat.draft())?.outcomes ?? []).map((o) => ({ doesForMe: o.doesForMe, makesPossible: o.makesPossible, help: o.provision.map((p) => p.text) }));

  it.each<[string, number, Partial<Parts>]>([
    ['change what it does for me for the job one to i feel like an adult', 1, { doesForMe: 'i feel like an adult' }],
    ['what it does for me for the job one should say i feel like an adult', 1, { doesForMe: 'i feel like an adult' }],
    ['change what it would make possible for the cook one to have sam round for tea', 0, { makesPossible: 'have sam round for tea' }],
    ['change what it provides for the job one to: a job coach', 1, { help: ['a job coach'] }],
    ['change what it provides to a job coach', 1, { help: ['a job coach'] }],
  ])('"%s", then "yes"', async (typed, index, changed) => {
    ({ chat } = await startWith(DAN));
    const before = await parts();
    await chat.say(typed);
    expect(chat.step).toBe('review.change');
    await chat.say('yes');
    const after = await parts();
    expect(after[index]).toEqual({ ...before[index], ...changed });
    expect(after[1 - index]).toEqual(before[1 - index]);
  });

  it('"no" leaves what it would do for him as it was', async () => {
    ({ chat } = await startWith(DAN));
    const before = await parts();
    await chat.say('change what it does for me for the job one to i feel like an adult');
    await chat.say('no');
    expect(await parts()).toEqual(before);
  });
});
