import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Asked "Change ... to ...?", "yes but without the word just" takes that word out of the new
 * words and reads them back again; nothing is changed until they are right.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('yes, but without a word', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes but without the word just" reads back the words without it, and a yes keeps them', async () => {
    ({ chat } = await startWith(danAtReview()));
    const asked = said(await chat.say('change hope 1 to just live in a flat with sam'));
    expect(asked).toContain('just live in a flat with sam');
    const reply = said(await chat.say('yes but without the word just'));
    expect(chat.step).toBe(Step.reviewChange);
    expect(reply).not.toContain('just live');
    expect(reply).toContain('live in a flat with sam');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('live in a flat with sam');
    expect(JSON.stringify((await chat.draft())!.aspirations)).not.toContain('just live');
  });
});
