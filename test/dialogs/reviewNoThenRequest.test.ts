import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Asked "Take out number 5: ...?", "no!! whats number 5. i want the intervews thing gone" is a no
 * to that part and a request for another: the part holding those words is offered instead.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a no with the part wanted gone', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('offers the part named after the no, and keeps the one first asked about', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('delete the first one');
    const reply = said(await chat.say('no!! whats number 5. i want the intervews thing gone'));
    expect(reply).toContain('i need help with intervews');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i cant cook yet']);
    expect(draft.outcomes).toHaveLength(2);
  });
});
