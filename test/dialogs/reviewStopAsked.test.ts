import { afterEach, describe, expect, it } from 'vitest';
import { ReadingMode } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/*
 * "can i stop now" at the review is a question: it is told how to stop (a code to come back, or
 * Looks good to finish), nothing stops, and what is typed next is read at the review.
 */

describe('"can i stop now" asked at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([ReadingMode.standard, ReadingMode.easyRead])('is told how to stop and the review stays open (%s)', async (mode) => {
    ({ chat } = await startWith(leoAtReview({ mode })));
    const replies = await chat.say('can i stop now');
    const said = saidIn(replies);
    expect(said).toMatch(/code/i);
    expect(said).toMatch(/Looks good/);
    expect(replies.some((r) => r.channelData?.outcomes?.resumeCode)).toBe(false);
    expect(chat.step).toBe('review.summary');
  });

  it('"looks good" after it finishes the plan', async () => {
    ({ chat } = await startWith(leoAtReview()));
    await chat.say('can i stop now');
    await chat.say('looks good');
    expect(chat.step).toBe('review.done');
  });

  it('"change the lego goal" after it opens the lego goal, never a new hope', async () => {
    ({ chat } = await startWith(leoAtReview()));
    await chat.say('can i stop now');
    const asked = saidIn(await chat.say('change the lego goal'));
    expect(asked).toMatch(/lego set/);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('"stop" said, not asked, still gives the code', async () => {
    ({ chat } = await startWith(leoAtReview()));
    const replies = await chat.say('stop');
    expect(replies.some((r) => r.channelData?.outcomes?.resumeCode)).toBe(true);
  });
});
