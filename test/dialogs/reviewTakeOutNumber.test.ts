import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { gamesDesignerAtReview } from './reviewSeed';

/*
 * At the review, "take out number 4 please" and "please delete the number 4 one" read back number 4
 * of the list shown, for a yes; never nothing, and never a number the person did not say.
 */

describe('a part taken out by its number at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['Take out number 4 please', 'Please delete the number 4 one', 'delete hope 4']) {
    it(`"${said}" reads back number 4`, async () => {
      ({ chat } = await startWith(gamesDesignerAtReview()));
      const replies = await chat.say(said);
      const text = replies.map((r) => r.text ?? '').join(' ');
      expect(chat.step).toBe(Step.reviewChange);
      expect(text).not.toContain('25');
      expect(text).toMatch(/number 4|design computer games/);
    });
  }
});
