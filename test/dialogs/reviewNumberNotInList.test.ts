import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setYoungPerson } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Dan's list of parts to change has six. "number 25" or "change 25" is no part of it: he is told
 * kindly how far the list goes and asked which one, and nothing changes.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a number past the end of the list at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['number 25', 'change 25', 'change no. 25']) {
    it(`"${typed}" at the read-back says the list goes up to 6 and offers the list`, async () => {
      ({ chat } = await startWith(danAtReview()));
      const before = await chat.draft();
      const reply = said(await chat.say(typed));
      expect(reply).toMatch(/\b25\b/);
      expect(reply).toMatch(/\b6\b/);
      expect(chat.step).toBe(Step.reviewChange);
      expect(chat.lastQuestion?.choices.length).toBe(6);
      expect((await chat.draft())!.outcomes).toEqual(before!.outcomes);
    });
  }

  it('"25" typed at the list of parts says the list goes up to 6, then "2" picks the second', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change something');
    const reply = said(await chat.say('25'));
    expect(reply).toMatch(/\b25\b/);
    expect(reply).toMatch(/\b6\b/);
    expect(chat.step).toBe(Step.reviewChange);
    expect(said(await chat.say('2'))).toMatch(/get a job with money/);
  });

  it('"delete number 25" takes nothing out and says how far the list goes', async () => {
    ({ chat } = await startWith(danAtReview()));
    const reply = said(await chat.say('delete number 25'));
    expect(reply).toMatch(/\b6\b/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.outcomes).toHaveLength(2);
  });

  it('in easy read the same is said in short sentences', async () => {
    ({ chat } = await startWith({ ...danAtReview([], (d) => setYoungPerson(d, { readingMode: 'easy_read' })), journey: { mode: 'easy_read' } }));
    const reply = said(await chat.say('number 25'));
    expect(reply).toMatch(/There is no number 25\. The numbers go from 1 to 6\./);
  });
});
