import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * A whole new wording typed at the review ("change the bus one to: I will get the 42 bus to
 * college on my own by July") is read back whole before the yes, and all of it is kept.
 */

describe('a long new wording at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads back every word of the new wording, and keeps it after a yes', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change the bus one to: I will get the 42 bus to college on my own by July');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('I will get the 42 bus to college on my own by July');
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('I will get the 42 bus to college on my own');
  });
});
