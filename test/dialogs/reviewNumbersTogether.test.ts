import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Where the review numbers the parts (1 about me, 2-3 hopes, 4-5 hard things, 6-7 outcomes),
 * "4 and 5" names both parts, never only the first: both are read back. "43 can go" or "27" with
 * seven parts is told kindly which numbers there are, and nothing is taken out or changed.
 */

const SEED = danAtReview([], (draft) => addAboutMe(draft, 'strengths', 'I am good at drawing'));
const NEEDS = ['i cant cook yet', 'i need help with intervews'];

describe('several numbers typed together at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['4 and 5', '4, 5', '4 & 5', 'both 4 and 5'])('"%s" at the list of parts offers both, never opens only part 4', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    const asked = saidIn(await chat.say(typed));
    expect(asked).not.toMatch(/Now it says/);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices.join('\n')).toMatch(/cant cook yet[\s\S]*help with intervews/);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(NEEDS);
  });

  it.each(['4 and 5 can go', 'both 4 and 5 can go', '4, 5 have to go'])('"%s" at the read-back reads back both to take out, and a yes takes out both', async (typed) => {
    ({ chat } = await startWith(SEED));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/Take these out of your plan\?[\s\S]*cant cook yet[\s\S]*help with intervews/i);
    await chat.say('yes');
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it.each(['43 can go', '27', '4 and 43', '8 can go'])('"%s" says the numbers go from 1 to 7, and nothing is taken out or changed', async (typed) => {
    ({ chat } = await startWith(SEED));
    const before = await chat.draft();
    const reply = saidIn(await chat.say(typed));
    expect(reply).toMatch(/The numbers go from 1 to 7\./);
    expect(reply).not.toMatch(/Take these out|Take out this|Now it says|Done/);
    const after = (await chat.draft())!;
    expect(after.aspirations).toEqual(before!.aspirations);
    expect(after.needs).toEqual(before!.needs);
    expect(after.outcomes).toEqual(before!.outcomes);
  });

  it('"43 can go" at the list of parts says the same, and asks again', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    expect(saidIn(await chat.say('43 can go'))).toMatch(/no number 43\. The numbers go from 1 to 7\./);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('leaves "4" alone: it still opens part 4 for new words', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    expect(saidIn(await chat.say('4'))).toMatch(/Now it says: "i cant cook yet"/);
  });
});
