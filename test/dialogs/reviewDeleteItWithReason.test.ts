import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Jack, 22, at "What would you like it to say instead?" typed "delete it i dont want it to say
 * anything". The bot looked for the words "it i dont want it to say anything" in the part. Now the
 * whole part is offered to take out, and goes after a yes.
 */

describe('"delete it" with a reason where new words are asked for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete it i dont want it to say anything" offers to take that part out', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change the paid job one');
    expect(chat.lastQuestion!.activity.text).toMatch(/say instead/i);
    const said = saidIn(await chat.say('delete it i dont want it to say anything'));
    expect(said).not.toMatch(/can.t find/i);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toMatch(/paid job/);
    await chat.say('yes');
    expect((await chat.draft())!.outcomes.map((o) => o.statement).join(' ')).not.toMatch(/paid job/);
  });

  it('"delete the bit about paid" still takes just those words out', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change the paid job one');
    await chat.say('take out the word paid');
    expect(chat.lastQuestion!.activity.text).toMatch(/paid/);
    expect((await chat.draft())!.outcomes.map((o) => o.statement).join(' ')).toMatch(/paid job/);
  });
});
