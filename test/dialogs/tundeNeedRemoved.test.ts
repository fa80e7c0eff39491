import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A father with simple English at the needs questions about his son Tunde (8) says the same
 * problem again, then: "No, this is not new problem. Is the same. Please remove it". The problem
 * said again was never kept twice, so one is left; its words are never replaced by "this is not new problem".
 */

const SEED: Seed = parentSeed(
  { name: 'Tunde', age: 8, schoolYear: 3 },
  [{ text: 'one day he can cross the road safe', theme: 'independent_living', needs: [] }],
  { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) },
);

describe('a need taken out in simple English', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['No, this is not new problem. Is the same. Please remove it', 'no is not new problem, remove it please'])('"%s" after the same problem said again leaves one problem kept', async (typed) => {
    ({ chat } = await startWith(SEED));
    for (const m of ['he run and not look at cars', 'hold his hand', 'he run and not look at cars']) await chat.say(m);
    // The same problem said again is not kept twice; taking "it" out then leaves the one problem.
    expect((await chat.draft())!.needs).toHaveLength(1);
    const reply = said(await chat.say(typed));
    const needs = (await chat.draft())!.needs.map((n) => n.text);
    expect(needs).toEqual(['he run and not look at cars']);
    expect(reply).not.toMatch(/not new problem/);
  });
});
