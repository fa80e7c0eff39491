import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * Two changes typed at the review, then "undo" twice. The first "undo" puts back the last change
 * only. The second says plainly there is nothing more to undo, and the first change stays: one
 * step back, never a guess at which earlier change they meant.
 */

const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('"undo" twice after two changes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('two hopes reworded, "undo" puts back the second; "undo" again says there is nothing more, the first stays', async () => {
    ({ chat } = await startWith(SEED));
    const before = await hopesOf(chat);
    await chat.say("change 'be healthy' to 'be fit and healthy'");
    await chat.say('yes');
    await chat.say("change 'live in my own flat' to 'live in a flat with my friend'");
    await chat.say('yes');
    expect(await hopesOf(chat)).toEqual([before[0], 'be fit and healthy', 'live in a flat with my friend']);
    const first = saidIn(await chat.say('undo'));
    expect(first).toMatch(/live in my own flat/);
    expect(await hopesOf(chat)).toEqual([before[0], 'be fit and healthy', 'live in my own flat']);
    const second = saidIn(await chat.say('undo'));
    expect(second).toMatch(/nothing more to undo/i);
    expect(await hopesOf(chat)).toEqual([before[0], 'be fit and healthy', 'live in my own flat']);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
