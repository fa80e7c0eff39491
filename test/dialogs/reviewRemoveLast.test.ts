import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "delete that last answer" at the review: the part added last (Dan's job goal, the last thing he
 * gave) is read back by its words and taken out only after a yes; a no leaves everything.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('taking out the last answer at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['delete that last answer', 'take out the last one', 'can you take the last one out']) {
    it(`"${typed}" asks about the job goal, and a yes takes only that out`, async () => {
      ({ chat } = await startWith(danAtReview()));
      const reply = said(await chat.say(typed));
      expect(reply).toMatch(/I will get a paid job/);
      expect(chat.step).toBe(Step.reviewChange);
      expect(chat.lastQuestion?.choices).toHaveLength(2);
      await chat.say('yes');
      const draft = (await chat.draft())!;
      expect(draft.outcomes.map((o) => o.statement)).toEqual(['In 2 years (by December 2028), I will cook my own tea every day in the flat.']);
      expect(draft.aspirations).toHaveLength(2);
    });
  }

  it('a no leaves the plan as it was', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('delete that last answer');
    await chat.say('no');
    expect((await chat.draft())!.outcomes).toHaveLength(2);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
