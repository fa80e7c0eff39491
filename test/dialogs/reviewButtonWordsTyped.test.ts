import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * At the review Dan types a button's words as people do: with a slip ("looks god", "abot me"),
 * a missing word ("change hopes") or "change" typed fast ("chnage my hopes"). Each is that button.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const NOT_CAUGHT = /didn't catch that/;

describe('button words typed with small changes at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"chnage my hopes" at the read-back offers just the hopes to pick from', async () => {
    ({ chat } = await startWith(danAtReview()));
    expect(said(await chat.say('chnage my hopes'))).not.toMatch(NOT_CAUGHT);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion?.choices).toEqual(['1. live in a flat with sam', '2. get a job with money']);
  });

  for (const typed of ['chnage my hopes', 'change hopes', 'Change Hopes']) {
    it(`"${typed}" at the list of parts offers just the hopes`, async () => {
      ({ chat } = await startWith(danAtReview()));
      await chat.say('change something');
      expect(said(await chat.say(typed))).not.toMatch(NOT_CAUGHT);
      expect(chat.lastQuestion?.choices).toEqual(['1. live in a flat with sam', '2. get a job with money']);
    });
  }

  it('"looks god" agrees the plan', async () => {
    ({ chat } = await startWith(danAtReview()));
    expect(said(await chat.say('looks god'))).not.toMatch(NOT_CAUGHT);
    expect(chat.step).toBe(Step.reviewDone);
  });

  it('"abot me" shows the about me part, as its button does', async () => {
    const first = (await startWith(danAtReview())).chat;
    const tapped = await first.say('About me');
    await first.close();
    ({ chat } = await startWith(danAtReview()));
    const typed = await chat.say('abot me');
    expect(said(typed)).not.toMatch(NOT_CAUGHT);
    expect(said(typed)).toBe(said(tapped));
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"chnage something" opens the list of parts', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('chnage something');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion?.choices).toHaveLength(6);
  });
});
