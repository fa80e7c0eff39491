import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * At the review, words in quotes to take out ("take out 'pretty obvious really'") are found in the
 * one part that holds them, even when the part is not named: those words come out of it, read
 * back for a yes first; the rest of the part stays.
 */

const SEED = jadeAtReview([{ measure: 'i get there on time pretty obvious really' }]);

describe('quoted words taken out at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it("\"take out 'pretty obvious really'\" reads back the measure without them, then keeps the rest", async () => {
    ({ chat } = await startWith(SEED));
    await chat.say("take out 'pretty obvious really'");
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('pretty obvious really');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('i get there on time pretty obvious really');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.measure).toMatch(/^i get there on time\.?$/);
    expect(draft.outcomes[0]!.statement).toBe('By July 2027, I will take the bus to college on my own.');
  });

  it('works with curly quotes after "change something", and "no" leaves it', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('can you remove “pretty obvious really” pls');
    expect(chat.lastQuestion!.activity.text).toContain('pretty obvious really');
    await chat.say('no');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('i get there on time pretty obvious really');
  });
});
