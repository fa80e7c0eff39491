import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "NO. stop. go back" at the review. Just after a change, that change is put back. With nothing
 * changed, they are told kindly that nothing was changed and asked the question before again:
 * never a list of parts to change, and never the end of the chat.
 */

const SEED = danAtReview([], (draft) => addAboutMe(draft, 'strengths', 'I am good at drawing'));
const NEEDS = ['i cant cook yet', 'i need help with intervews'];

describe('"NO. stop. go back" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['NO. stop. go back', 'no stop go back', 'stop, go back pls'])('"%s" at the read-back with nothing changed says so, and asks the read-back again', async (typed) => {
    ({ chat } = await startWith(SEED));
    const reply = saidIn(await chat.say(typed));
    expect(reply).toMatch(/You have not changed anything/);
    expect(reply).not.toMatch(/Which part would you like to change|code to come back/);
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(NEEDS);
  });

  it('"NO. stop. go back" at the list of parts changes nothing, says so, and goes back to the read-back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    const reply = saidIn(await chat.say('NO. stop. go back'));
    expect(reply).toMatch(/haven't changed anything/);
    expect(reply).not.toMatch(/code to come back/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"NO. stop. go back" just after a part was taken out puts it back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('delete 4');
    await chat.say('yes');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual([NEEDS[1]]);
    const reply = saidIn(await chat.say('NO. stop. go back'));
    expect(reply).toMatch(/put/i);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(NEEDS);
  });

  it('"no stop go back" just after new words puts the old words back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 4 to i cant cook');
    await chat.say('yes');
    await chat.say('no stop go back');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(NEEDS);
  });

  it('leaves "stop" alone: it still saves and gives the code to come back', async () => {
    ({ chat } = await startWith(SEED));
    expect(saidIn(await chat.say('stop'))).toMatch(/code/);
  });
});
