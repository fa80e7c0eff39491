import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * "can i stop now" at the review is told how to come back with a code; the end-of-review question
 * said next does not repeat that line. Without it, the end still says how to come back.
 */

const COME_BACK = /say "stop" and I.ll give you a code/gi;
const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('how to come back, said once at the end of the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [ask, agree] of [
    ['can i stop now', 'looks good'],
    ['can I stop?', 'its fine'],
    ['could i stop and finish later', 'looks good thanks'],
  ] as const) {
    it(`"${ask}" then "${agree}": the code line is not said again`, async () => {
      ({ chat } = await startWith(SEED));
      const told = textOf(await chat.say(ask));
      expect(told.match(/code to come back later/g)).toHaveLength(1);
      const end = textOf(await chat.say(agree));
      expect(chat.step).toBe(Step.reviewDone);
      expect(end.match(COME_BACK) ?? []).toHaveLength(0);
    });
  }

  it('"looks good" alone: the end says how to come back', async () => {
    ({ chat } = await startWith(SEED));
    const end = textOf(await chat.say('looks good'));
    expect(end.match(COME_BACK)).toHaveLength(1);
  });
});
