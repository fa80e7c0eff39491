import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Asked "What do you want to change? ... Or tap Looks good.", "thats everything" and the like say the plan is done. */

describe('"thats everything" at the review read-back', () => {
  let chat: Transcript;
  let seeded: Awaited<ReturnType<typeof startWith>>['seeded'];
  afterEach(async () => chat?.close());

  it.each(['thats everything', 'thats it', 'all done', 'nothing else'])('"%s" is looks good: the review finishes and nothing changes', async (said) => {
    ({ chat, seeded } = await startWith(danAtReview()));
    await chat.say(said);
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.outcomes).toEqual(seeded.outcomes);
  });
});
