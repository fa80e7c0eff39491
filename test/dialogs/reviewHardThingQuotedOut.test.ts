import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * "can u delete the hard thing that says 'i get tired'": that hard thing is found by its words
 * (quoted, or close words without quotes), read back, and taken out after a yes; nothing of the
 * message is kept as a new part of the plan.
 */

const TIRED = { ...SEED, hopes: SEED.hopes.map((h, i) => (i === 1 ? { ...h, needs: ['i get tired', 'i forget to drink water'] } : h)) };

describe('a hard thing taken out by the words it says', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    "can u delete the hard thing that says 'i get tired'",
    'can u delete the hard thing that says i get tired',
    'please take out the hard thing about getting tired',
    'delete the one that says "i get tired"',
  ]) {
    it(`"${said}" reads that hard thing back and takes it out after a yes`, async () => {
      ({ chat } = await startWith(TIRED));
      const before = (await chat.draft())!;
      await chat.say(said);
      expect(chat.step).toBe(Step.reviewChange);
      expect(chat.lastQuestion!.activity.text).toContain('i get tired');
      expect(chat.lastQuestion!.activity.text).not.toContain('drink water');
      await chat.say('yes');
      const after = (await chat.draft())!;
      expect(after.needs.map((n) => n.text)).toEqual(before.needs.map((n) => n.text).filter((t) => t !== 'i get tired'));
      expect(after.aspirations.map((a) => a.text)).toEqual(before.aspirations.map((a) => a.text));
      expect(JSON.stringify(after.aboutMe)).toBe(JSON.stringify(before.aboutMe));
    });
  }

  it('asked at the end, after "looks good", it is still taken out, never kept as words', async () => {
    ({ chat } = await startWith(TIRED));
    await chat.say('looks good');
    await chat.say("can u delete the hard thing that says 'i get tired'");
    expect(chat.lastQuestion!.activity.text).toContain('i get tired');
    await chat.say('yes');
    const after = (await chat.draft())!;
    expect(after.needs.map((n) => n.text)).not.toContain('i get tired');
    expect(after.aspirations).toHaveLength(3);
  });
});
