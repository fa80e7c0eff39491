import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samSwimAndToilet } from './reviewSeed';

/* Nikita (17) at the end: "Your draft is ready" is said once, even when she types something the bot does not follow. */

describe('the end of the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no" after "Your draft is ready": asked again without saying it is ready a second time', async () => {
    ({ chat } = await startWith(samSwimAndToilet({ doesForMe: 'i feel big', makesPossible: 'go on holiday' })));
    expect(saidIn(await chat.say('looks good'))).toMatch(/Your draft is ready/);
    expect(chat.step).toBe(Step.reviewDone);
    const again = saidIn(await chat.say('no'));
    expect(again).not.toMatch(/Your draft is ready/);
    expect(again).toMatch(/Finish/);
    expect(chat.step).toBe(Step.reviewDone);
  });
});
