import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Just after a hard thing was kept, a 15-year-old in easy read says it is not what they meant:
 * "no thats not what i meant can u change it" asks for the new words and replaces it; "change whats
 * hard to reading. i cant read the questions fast" gives them at once. Never kept as help.
 */

const JOB: SeedHope = { text: 'be a mechanic', theme: 'learning_and_work', needs: [] };

async function afterMaths() {
  const started = await startWith({
    today: '2026-12-03', age: 15, schoolYear: 10, hopes: [JOB],
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  await started.chat.say('maths');
  expect(started.chat.step).toBe(Step.needsHelps);
  return started;
}
const needsOf = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => [n.text, n.helps ?? []]);

describe('the hard thing just kept, changed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no thats not what i meant can u change it', 'thats wrong can you change it', 'not what i meant, change it pls'])(
    '%j asks for the new words and replaces the hard thing with them',
    async (typed) => {
      ({ chat } = await afterMaths());
      const replies = saidIn(await chat.say(typed));
      expect(replies).not.toMatch(/did not keep that/i);
      expect(replies).toMatch(/"maths"/);
      await chat.say('reading');
      expect(await needsOf(chat)).toEqual([['reading', []]]);
      expect(chat.step).toBe(Step.needsHelps);
    },
  );

  it.each([
    ['change whats hard to reading. i cant read the questions fast', 'reading: i cant read the questions fast'],
    ['pls change whats hard to reading', 'reading'],
  ])('%j makes the hard thing %j, and keeps no help', async (typed, hard) => {
    ({ chat } = await afterMaths());
    await chat.say(typed);
    expect(await needsOf(chat)).toEqual([[hard, []]]);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"my teacher explains it again" is still what helps', async () => {
    ({ chat } = await afterMaths());
    await chat.say('my teacher explains it again');
    const [need] = (await chat.draft())!.needs;
    expect(need?.text).toBe('maths');
    expect(need?.helps?.join(' ')).toMatch(/teacher explains/i);
  });

  it('a disclosure typed as the new words is still heard', async () => {
    ({ chat } = await afterMaths());
    await chat.say('change whats hard to my dad hits me');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
