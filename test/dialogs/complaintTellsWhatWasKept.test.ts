import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "I haven't kept that as an answer" was said just after an answer had been kept, so he read it as
 * his answer being lost. When the last answer kept something, the sorry says so.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: [] };
const AT_HARD: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('a complaint just after an answer was kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['you already asked that', 'this is taking ages'])('%j never says the answer just kept was not kept', async (typed) => {
    ({ chat } = await startWith(AT_HARD));
    await chat.say('I cannot cook yet and bills confuse me');
    const kept = (await chat.draft())!.needs.map((n) => n.text);
    expect(kept.length).toBeGreaterThan(0);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/haven't kept that/i);
    if (/sorry about that/i.test(saidIn(replies))) expect(saidIn(replies)).toContain(kept[0]!.slice(0, 12));
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(kept);
  });
});
