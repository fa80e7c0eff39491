import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "stop" while the review waits for a part's new words saves and gives the code to come back;
 * the part keeps its words, whether it is a hope, a hard thing or a goal.
 */

describe('"stop" at the review\'s new words question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [pick, typed] of [['change 1', 'stop'], ['change 3', 'Stop.'], ['change outcome 1', 'stop please']] as const) {
    it(`"${typed}" after "${pick}" gives a code and leaves every part as it was`, async () => {
      ({ chat } = await startWith(danAtReview()));
      const before = (await chat.draft())!;
      await chat.say(pick);
      const replies = await chat.say(typed);
      expect(replies.some((r) => (r.channelData as { outcomes?: { resumeCode?: string } } | undefined)?.outcomes?.resumeCode)).toBe(true);
      const after = (await chat.draft())!;
      expect(after.aspirations.map((a) => a.text)).toEqual(before.aspirations.map((a) => a.text));
      expect(after.needs.map((n) => n.text)).toEqual(before.needs.map((n) => n.text));
      expect(after.outcomes.map((o) => o.statement)).toEqual(before.outcomes.map((o) => o.statement));
    });
  }
});
