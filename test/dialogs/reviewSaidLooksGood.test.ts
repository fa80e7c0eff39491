import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "I don't want to change anything. I said looks good." says the plan is done: the review goes on
 * as "Looks good" takes it, and no part is opened to change.
 */

const TYPED = "I don't want to change anything. I said looks good.";

describe('"I said looks good" at the review', () => {
  let chat: Transcript;
  let seeded: Awaited<ReturnType<typeof startWith>>['seeded'];
  afterEach(async () => chat?.close());

  it('at the read-back, the review finishes and nothing changes', async () => {
    ({ chat, seeded } = await startWith(danAtReview()));
    await chat.say(TYPED);
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.aspirations).toEqual(seeded.aspirations);
  });

  it('asked which part to change, no part is opened', async () => {
    ({ chat, seeded } = await startWith(danAtReview()));
    await chat.say('change something');
    await chat.say(TYPED);
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.outcomes).toEqual(seeded.outcomes);
  });

  it('"i already told you its fine" is done too', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change something');
    await chat.say('i already told you its fine');
    expect(chat.step).toBe(Step.reviewDone);
  });
});
