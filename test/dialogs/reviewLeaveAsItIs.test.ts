import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "cancel, leave that one as it is" and "Leave it, it's good enough for Mrs Patel" at the review:
 * nothing is changed and no part is opened; the review goes on.
 */

describe('leaving the plan as it is at the review', () => {
  let chat: Transcript;
  let seeded: Awaited<ReturnType<typeof startWith>>['seeded'];
  afterEach(async () => chat?.close());

  it('"cancel, leave that one as it is" at the read-back opens nothing and changes nothing', async () => {
    ({ chat, seeded } = await startWith(danAtReview()));
    await chat.say('cancel, leave that one as it is');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.aspirations).toEqual(seeded.aspirations);
  });

  it('"Leave it, it\'s good enough for Mrs Patel" goes on as "Looks good" does', async () => {
    ({ chat, seeded } = await startWith(danAtReview()));
    await chat.say("Leave it, it's good enough for Mrs Patel");
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.outcomes).toEqual(seeded.outcomes);
  });

  it('"cancel, leave that one as it is" once a part was picked keeps it as it was', async () => {
    ({ chat, seeded } = await startWith(danAtReview()));
    await chat.say('change something');
    await chat.say('2');
    await chat.say('cancel, leave that one as it is');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.aspirations).toEqual(seeded.aspirations);
  });
});
