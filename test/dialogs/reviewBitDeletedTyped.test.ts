import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Kofi picks his goal at the review, then asks for a part of it to go: "the outcome is fine. i want
 * the bit that says its literally the same thing deleted". The part holding those words goes; the
 * goal's own sentence never takes the request as its words. "it shud say X" then gives new words.
 */

const COOKING = 'In 2 years (by December 2028), I will cook my own tea every day in the flat.';
const SAME = danAtReview([{ makesPossible: 'its literally the same thing' }]);

describe('a part of a goal asked to be deleted by its words at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'the outcome is fine. i want the bit that says its literally the same thing deleted',
    'delete the bit that says its literally the same thing',
    'take out its literally the same thing',
  ])('"%s" takes that part away and keeps the goal', async (typed) => {
    ({ chat } = await startWith(SAME));
    await chat.say('change outcome 1');
    let replies = saidIn(await chat.say(typed));
    if (chat.step === 'review.change') replies += saidIn(await chat.say('yes'));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(COOKING);
    expect(outcome.makesPossible ?? '').toBe('');
    expect(outcome.doesForMe).toBe('i feel grown up');
    expect(replies).not.toMatch(/I want the bit|""/i);
    expect(replies).toMatch(/taken out "its literally the same thing"/);
  });

  it('"omg u wrecked my outcome. it shud say ..." gives the goal those words', async () => {
    ({ chat } = await startWith(SAME));
    await chat.say('change outcome 1');
    await chat.say('omg u wrecked my outcome. it shud say i will cook tea for my mum on fridays');
    if (chat.step === 'review.change') await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/I will cook tea for my mum on fridays\.$/);
  });
});
