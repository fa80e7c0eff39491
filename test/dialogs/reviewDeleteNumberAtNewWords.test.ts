import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Asked for new words for a part, "delete 5" is a command: part 5 of the list is read back to take
 * out, and goes after a yes. It is never kept as the part's new words.
 */

// 1-2 hopes, 3-4 hard things, 5-6 outcomes.
describe('"delete 5" where new words are asked for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads back part 5 to take out, and takes it out after a yes', async () => {
    const started = await startWith(danAtReview());
    chat = started.chat;
    await chat.say('change something');
    await chat.say('1');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('delete 5');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('cook my own tea');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([started.seeded.outcomes[1]!.statement]);
    expect(draft.aspirations.map((a) => a.text)).toEqual(started.seeded.aspirations.map((a) => a.text));
  });
});
