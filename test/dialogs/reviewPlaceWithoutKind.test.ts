import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * After the bot listed the parts that can be changed, "the first one" (no kind word) is the first
 * part of that list, never "not understood".
 */

describe('a place with no kind word, after the list of parts', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['the first one', 'first one pls', 'its the 1st one', 'the top one']) {
    it(`"${said}" picks the first part listed`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say('change something');
      await chat.say(said);
      expect(chat.step).toBe(Step.reviewChange);
      expect(chat.lastQuestion!.activity.text).toContain('"i am good with computers"');
    });
  }

  it('"the second one" while taking a part out reads back the second part, for a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('take something out');
    await chat.say('the second one');
    expect(chat.lastQuestion!.activity.text).toContain('tell me one thing at a time');
    await chat.say('yes');
    expect((await chat.draft())!.aboutMe.support).toEqual([]);
  });
});
