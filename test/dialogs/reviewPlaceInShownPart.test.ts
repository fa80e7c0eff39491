import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * With one part of the plan shown in full (the hard things), "delete the first one" means the
 * first of the list being looked at, never the first goal of the whole plan.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a place said while one part is shown', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete the first one" with the hard things shown asks about the first hard thing', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('show me the hard things');
    const reply = said(await chat.say('delete the first one'));
    expect(reply).toContain('i cant cook yet');
    expect(reply).not.toContain('cook my own tea');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i need help with intervews']);
    expect(draft.outcomes).toHaveLength(2);
  });

  it('"take out the second one" with the hopes shown asks about the second hope', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('show me my hopes');
    const reply = said(await chat.say('take out the second one'));
    expect(reply).toContain('get a job with money');
    expect(reply).not.toContain('paid job');
  });
});
