import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Dan, 22, at the read-back, changes what a goal would do for him, make possible, or provide. */

const DAN = danAtReview([{}, { provision: 'help with forms' }]);

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
