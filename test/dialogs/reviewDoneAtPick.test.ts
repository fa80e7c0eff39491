import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Asked "Which part would you like to change?", "done", "finish" or "nothing. im done. its fine"
 * means nothing is to change: the review ends as "Looks good" ends it, never "didn't catch that".
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('finished when asked which part to change', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['done', 'nothing. im done. its fine', 'finish', 'i am done', 'im done thanks', 'i think im finished', 'i am done. looks good']) {
    it(`"${typed}" finishes the review as Looks good does`, async () => {
      ({ chat } = await startWith(danAtReview()));
      await chat.say('change something');
      expect(chat.step).toBe(Step.reviewChange);
      const reply = said(await chat.say(typed));
      expect(reply).not.toMatch(/didn't catch/);
      expect(chat.step).toBe(Step.reviewDone);
      expect((await chat.draft())!.outcomes).toHaveLength(2);
    });
  }

  it('"i am done with cooking" there is no finish: the review is not ended', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change something');
    await chat.say('i am done with cooking');
    expect(chat.step).not.toBe(Step.reviewDone);
    expect((await chat.draft())!.outcomes).toHaveLength(2);
  });

  it('a number typed there still picks that part', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change something');
    await chat.say('number 3');
    expect(chat.lastQuestion?.activity.text).toContain('i cant cook yet');
  });
});
