import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * A part picked by mistake at the review is taken back in the same message as a new request:
 * "oops no not that one, leave it. where did ... go". The part keeps its words, the person is told
 * so, and the rest of the message is read as what they want now.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('taking back a part picked by mistake', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"oops no not that one, leave it. where did the job one go" keeps the part and shows the plan', async () => {
    ({ chat } = await startWith(danAtReview()));
    const before = (await chat.draft())!;
    await chat.say('change 3');
    const reply = said(await chat.say("oops no not that one, leave it. where did the 'get a job' one go"));
    expect(reply).toMatch(/haven't changed anything/);
    expect(reply).not.toMatch(/changed that|I've changed "/);
    expect(reply).toMatch(/get a job with money/);
    const after = (await chat.draft())!;
    expect(after.aspirations.map((a) => a.text)).toEqual(before.aspirations.map((a) => a.text));
    expect(after.needs.map((n) => n.text)).toEqual(before.needs.map((n) => n.text));
    expect(after.outcomes.map((o) => o.statement)).toEqual(before.outcomes.map((o) => o.statement));
  });

  it('"Oops wrong one. change 1" keeps the part and opens the one asked for', async () => {
    ({ chat } = await startWith(danAtReview()));
    const before = (await chat.draft())!;
    await chat.say('change 3');
    const reply = said(await chat.say('Oops wrong one. change 1'));
    expect(reply).toMatch(/haven't changed anything/);
    expect(chat.step).toBe(Step.reviewChange);
    expect(reply).toMatch(/live in a flat with sam/);
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(before.outcomes.map((o) => o.statement));
  });

  it('"no, I want a job in a shop" is still the new words', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change 2');
    const reply = said(await chat.say('no, I want a job in a shop'));
    expect(reply).not.toMatch(/haven't changed anything/);
    expect(reply + JSON.stringify(await chat.draft())).toMatch(/job in a shop/);
  });
});
