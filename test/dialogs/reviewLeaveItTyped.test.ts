import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * Jade, 17, at the review, opens a part for new words and then wants it left as it is: "Leave it.
 * I don't want to change it". Whatever part was opened (hope, need, help, outcome, how we will
 * know, the date), nothing changes, she is told so, and the list comes back.
 */

const JADE = jadeAtReview([{ provision: 'a travel trainer to ride with me' }]);

const OPENED = [
  'change hope 1',
  'change need 1',
  'change the travel trainer',
  'change the bus goal',
  'change how we will know for the bus goal',
  'change the date of the bus goal',
  'the bus one, the when bit shud be by xmas 2027',
];
const LEAVE = ["Leave it. I don't want to change it", 'leave it', "I don't want to change it", 'no leave it as it is'];

describe('"leave it" after a part is opened at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const opened of OPENED) {
    it.each(LEAVE)(`${JSON.stringify(opened)} then %j changes nothing and goes back to the list`, async (typed) => {
      ({ chat } = await startWith(JADE));
      const before = JSON.stringify(await chat.draft());
      await chat.say(opened);
      expect(chat.step).toBe(Step.reviewChange);
      const reply = saidIn(await chat.say(typed));
      expect(reply).toMatch(/haven't changed anything/);
      expect(reply).not.toMatch(/I've changed|didn't catch/);
      expect(chat.step).toBe(Step.reviewSummary);
      expect(JSON.stringify(await chat.draft())).toBe(before);
    });
  }

  it('"leave it to my tutor to say i got there on time" is new words for how we will know', async () => {
    ({ chat } = await startWith(JADE));
    await chat.say('change how we will know for the bus goal');
    const reply = saidIn(await chat.say('leave it to my tutor to say i got there on time'));
    expect(reply).toMatch(/I've changed/);
    const bus = (await chat.draft())!.outcomes.find((o) => /bus/.test(o.statement))!;
    expect(bus.measure).toMatch(/my tutor to say i got there on time/);
  });
});
