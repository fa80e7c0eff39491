import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A 15-year-old in easy read at "So nothing makes this hard now?" types "ye nothing its just fun":
 * a yes, nothing is hard. Had something been kept, "wait what i said nothing is hard" takes it out.
 */

const JOB: SeedHope = { text: 'be a mechanic', theme: 'learning_and_work', needs: [] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: [] };

async function atBarrier() {
  return startWith({
    today: '2026-12-03', age: 15, schoolYear: 10, hopes: [JOB, FRIENDS],
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
}

describe('nothing is hard, typed as people type', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ye nothing its just fun', 'yeah nothing tbh', 'yes nothing i like it', 'nah nothing its easy'])(
    '%j at "So nothing makes this hard now?" keeps nothing and goes on to the next hope',
    async (typed) => {
      ({ chat } = await atBarrier());
      await chat.say('no');
      expect(chat.lastQuestion?.activity.text).toMatch(/nothing makes this hard/i);
      await chat.say(typed);
      const draft = (await chat.draft())!;
      expect(draft.needs).toEqual([]);
      expect(chat.step).toBe(Step.needsBarrier);
      expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
    },
  );

  it('"nothing except when people shout" is still something hard', async () => {
    ({ chat } = await atBarrier());
    await chat.say('no');
    await chat.say('nothing except when people shout');
    expect((await chat.draft())!.needs).toHaveLength(1);
  });

  it.each(['wait what i said nothing is hard', 'no i said nothing', 'nothing is hard i said'])(
    '%j just after a hard thing was kept takes it out, never as help',
    async (typed) => {
      ({ chat } = await atBarrier());
      await chat.say('reading');
      expect(chat.step).toBe(Step.needsHelps);
      const replies = saidIn(await chat.say(typed));
      const draft = (await chat.draft())!;
      expect(draft.needs).toEqual([]);
      expect(replies).toMatch(/took out "reading"/i);
      expect(chat.step).toBe(Step.needsBarrier);
      expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
    },
  );

  it('"i said the bus" at what helps is not that correction', async () => {
    ({ chat } = await atBarrier());
    await chat.say('reading');
    await chat.say('i said the bus');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('reading');
  });

  it('a disclosure after "nothing" is still heard', async () => {
    ({ chat } = await atBarrier());
    await chat.say('no');
    await chat.say('nothing its my dad he hits me');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
