import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/*
 * At the review, "looks good" inside a question ("looks good but can i change the football one?")
 * is only a lead-in: the question wins and the plan is not finished. "looks good" alone finishes.
 */

describe('"looks good" with a question after it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['looks good but can i change the football one?', /football match/],
    ['yeah looks good, but the lego one is wrong', /lego set/],
    ['its all good except can i change the lego one', /lego set/],
  ])('"%s" asks hope or goal (both share the word), then "the goal" opens that goal for new words and finishes nothing', async (typed, goal) => {
    ({ chat } = await startWith(leoAtReview()));
    expect(saidIn(await chat.say(typed))).toMatch(/Do you mean your hope or your goal about (football|lego)\?/);
    const asked = saidIn(await chat.say('the goal'));
    expect(chat.step).toBe('review.change');
    expect(asked).toMatch(goal);
    expect((await chat.draft())!.status).toBe('in_progress');
  });

  it.each(['looks good', "that's fine"])('"%s" alone finishes the plan', async (typed) => {
    ({ chat } = await startWith(leoAtReview()));
    await chat.say(typed);
    expect(chat.step).toBe('review.done');
  });
});
