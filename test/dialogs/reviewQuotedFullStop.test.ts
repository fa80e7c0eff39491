import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview, jadeAtReview } from './reviewSeed';

/*
 * A change typed with both sets of words quoted, each ending in a full stop, as people copy them
 * from the plan. The stored words end in one full stop: never "..", never a stray stop inside.
 */

const wellEnded = (text: string): void => {
  expect(text).not.toMatch(/\.\s*\./);
  expect(text).not.toMatch(/[.!?]\s*[,;:]|\s\.$/);
};

describe('a quoted change with full stops', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it("change 'I will take the bus to college on my own.' to '...with Sam.': one full stop at the end", async () => {
    ({ chat } = await startWith(jadeAtReview()));
    const asked = saidIn(await chat.say("change 'I will take the bus to college on my own.' to 'I will take the bus to college with Sam.'"));
    expect(asked).toContain('with Sam');
    wellEnded(asked);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const bus = (await chat.draft())!.outcomes.find((o) => /bus/.test(o.statement))!;
    expect(bus.statement).toBe('By July 2027, I will take the bus to college with Sam.');
  });

  it('the same with double quotes and no stop on the old words: one full stop', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change "I will take the bus to college on my own" to "I will take the bus to college with Sam."');
    await chat.say('yes');
    const bus = (await chat.draft())!.outcomes.find((o) => /bus/.test(o.statement))!;
    expect(bus.statement).toBe('By July 2027, I will take the bus to college with Sam.');
  });

  it.each([
    "change the bus one to 'I will take the bus to college with Sam.'",
    "change 'By July 2027, I will take the bus to college on my own.' to 'By July 2027, I will take the bus to college with Sam.'",
  ])('%s: one full stop at the end', async (typed) => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say(typed);
    await chat.say('yes');
    const bus = (await chat.draft())!.outcomes.find((o) => /bus/.test(o.statement))!;
    expect(bus.statement).toBe('By July 2027, I will take the bus to college with Sam.');
  });

  it("a hope quoted with full stops keeps the hope's words without a stray stop", async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say("change 'live in a flat with sam.' to 'live in a flat with sam and tom.'");
    await chat.say('yes');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes[0]).toMatch(/^live in a flat with sam and tom\.?$/);
    hopes.forEach(wellEnded);
  });

  it("a goal's answer quoted with a full stop: one stop at most", async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say("change 'i feel proud.' to 'i feel proud of myself.'");
    await chat.say('yes');
    const job = (await chat.draft())!.outcomes[1]!;
    expect(job.doesForMe).toMatch(/^i feel proud of myself\.?$/);
  });
});
