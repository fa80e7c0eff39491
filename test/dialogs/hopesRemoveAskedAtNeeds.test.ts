import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * "can u just delete all the footballer ones pls" at "what makes it hard?" asks to take hopes out:
 * the hopes it names are listed with how to take them out at the end, the question is asked again,
 * and nothing is kept as a hard thing.
 */

const seed: Seed = {
  today: '2026-12-02',
  name: 'Jay',
  age: 13,
  schoolYear: 8,
  hopes: [
    { text: 'to learn to cook my own tea', theme: 'independent_living', needs: [] },
    { text: 'to be a footballer', theme: 'learning_and_work', needs: [] },
    { text: 'to play for a football team', theme: 'friends_and_community', needs: [] },
  ],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};

describe('a request to take hopes out at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"can u just delete all the footballer ones pls": the hopes are named and how to take them out is said', async () => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('can u just delete all the footballer ones pls'));
    expect(said).toContain("I can't take hopes out here");
    expect(said).toMatch(/"to be a footballer"/i);
    expect(said).toMatch(/football team/);
    expect(said).not.toMatch(/cook my own tea"\n/);
    expect(said).toMatch(/type "delete"/);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aspirations).toHaveLength(3);
  });

  it('leave alone: "i cant use the oven on my own" is kept as a hard thing', async () => {
    ({ chat } = await startWith(seed));
    await chat.say('i cant use the oven on my own');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i cant use the oven on my own']);
  });
});
