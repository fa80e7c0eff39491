import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * One answer cut into two outcomes ("I will fill in the application form by June and practise
 * interviews with my job coach by September"); he typed "form and interviews are one thing". The
 * two are joined back into one outcome with his words, and the second is no longer offered alone.
 */

const JOB: SeedHope = { text: 'get a paid job after my internship', theme: 'learning_and_work', needs: ['interviews make me nervous'] };
const CUT = 'I will fill in the application form by June and practise interviews with my job coach by September';
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [JOB] };

describe('two outcomes cut from one answer, said to be one thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['form and interviews are one thing', 'they are one thing'])('%j joins them back', async (typed) => {
    ({ chat } = await startWith(SAM));
    await chat.say(CUT);
    expect((await chat.draft())!.outcomes[0]!.statement).not.toMatch(/interviews/);
    const step = chat.step;
    const replies = await chat.say(typed);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/application form (?:by June )?and practise interviews/);
    expect(saidIn(replies)).toMatch(/one outcome/);
    expect(chat.step).toBe(step);
  });
});
