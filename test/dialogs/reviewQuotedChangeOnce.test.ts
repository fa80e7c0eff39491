import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Zara at the review changed a part by quoting its words: a goal's own answer ("what would what
 * provide. i don't understand that part."). The bot listed every part of the plan to pick from, and
 * said both that it had changed it and that nothing had changed. Now that answer is read back once,
 * and after a yes it is changed, said once.
 */

const ODD = "what would what provide. i don't understand that part.";
const TYPED = `change '${ODD}' to 'i don't know'`;

describe("a goal's answer changed by quoting its words", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['at the review question', []],
    ['where new words for the goal are asked', ['change the cook one']],
  ])('%s: read back for a yes, then changed and said once', async (_where, before) => {
    ({ chat } = await startWith(danAtReview([{ makesPossible: ODD }])));
    for (const typed of before) await chat.say(typed);
    const asked = saidIn(await chat.say(TYPED));
    expect(asked).not.toMatch(/Which part/i);
    expect(asked).toContain("i don't know");
    expect(chat.lastQuestion!.choices).toContain('Yes');
    const said = saidIn(await chat.say('yes'));
    expect(said.match(/changed/gi) ?? []).toHaveLength(1);
    expect(said).not.toMatch(/can.t find|nothing has changed/i);
    expect(chat.step).toBe(Step.reviewSummary);
    const cook = (await chat.draft())!.outcomes[0]!;
    expect(cook.makesPossible).toBe("i don't know");
    expect(cook.statement).toMatch(/cook my own tea/);
  });
});
