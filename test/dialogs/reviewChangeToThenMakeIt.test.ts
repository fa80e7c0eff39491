import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * "change 8 to go to the gym twice a week. Make it every Sunday": the new words came first and the
 * second sentence adds to them; the bot never offers the second sentence alone as the new words.
 */

describe('new words, then "make it ..." in the next sentence', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, first, then] of [
    ['change 8 to go to the gym twice a week. Make it every Sunday', 'go to the gym twice a week', 'every sunday'],
    ['change 8 to say i cook on my own. make it every sunday', 'i cook on my own', 'every sunday'],
    ['Change number 8 to cook a meal with my mum. Make it on Saturdays', 'cook a meal with my mum', 'on saturdays'],
  ] as const) {
    it(`"${said}" offers both sentences' words, never the second alone`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say(said);
      expect(chat.step).toBe(Step.reviewChange);
      const asked = chat.lastQuestion!.activity.text!.toLowerCase();
      expect(asked).toContain('cook a meal on my own');
      expect(asked).toContain(`${first} ${then}`);
    });
  }
});
