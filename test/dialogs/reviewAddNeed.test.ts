import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Dan, 22, at the read-back, adds something else that makes life hard, in his own words. */

const DAN = danAtReview();

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
    // Two hopes: which one it is hard for is asked, so it is kept once.
    expect(chat.lastQuestion!.activity.text).toMatch(/Which hope/);
    await chat.say('the job one');
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
    await chat.say('2');
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
