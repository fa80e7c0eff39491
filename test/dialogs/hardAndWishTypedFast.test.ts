import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A 15-year-old in easy read types fast: "spelling. i said that" is the hard thing "spelling" (the
 * remark is no part of it); "nothing rly i dont get extra time yet" at what helps says nothing helps
 * yet, and "extra time" is help wished for, kept as a wish.
 */

const JOB: SeedHope = { text: 'be a mechanic', theme: 'learning_and_work', needs: ['reading'] };

async function at(step: StepId) {
  return startWith({
    today: '2026-12-03', age: 15, schoolYear: 10, hopes: [JOB],
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id }),
  });
}
const needsOf = async (chat: Transcript) => (await chat.draft())!.needs;

describe('hard things and wished help typed fast', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([[Step.needsMore], [Step.needsBarrier]])('"spelling. i said that" at %s keeps "spelling"', async (step) => {
    ({ chat } = await at(step));
    await chat.say('spelling. i said that');
    expect((await needsOf(chat)).map((n) => n.text)).toEqual(['reading', 'spelling']);
  });

  it('"I cant read. It makes me sad." keeps both sentences as typed', async () => {
    ({ chat } = await at(Step.needsMore));
    await chat.say('I cant read the board. It makes me sad.');
    expect((await needsOf(chat)).at(-1)?.text).toMatch(/sad\.$/);
  });

  it.each(['nothing rly i dont get extra time yet', 'nothing. i havent got extra time yet', 'nothin really, i dont have extra time yet'])(
    '%j at what helps keeps "extra time" as a wish, never as help had now',
    async (typed) => {
      ({ chat } = await at(Step.needsMore));
      await chat.say('spelling');
      expect(chat.step).toBe(Step.needsHelps);
      await chat.say(typed);
      const spelling = (await needsOf(chat)).find((n) => n.text === 'spelling')!;
      expect(spelling.helps).toEqual(['It would help to have extra time']);
      expect(chat.step).not.toBe(Step.needsHelps);
    },
  );

  it('"nothing rly i get extra time" is help had now', async () => {
    ({ chat } = await at(Step.needsMore));
    await chat.say('spelling');
    await chat.say('nothing rly i get extra time');
    const spelling = (await needsOf(chat)).find((n) => n.text === 'spelling')!;
    expect(spelling.helps?.join(' ')).not.toMatch(/would help/i);
  });
});
