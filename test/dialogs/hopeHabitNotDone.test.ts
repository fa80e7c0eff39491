import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopeSaidDone } from '../../src/language/hopeAlreadyDone';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * Asked for a step, "i already do the shopping with mum every week" (a habit) or "i had the job
 * interview already" (an event that happened) was read as "that hope is done", and the hope was
 * skipped with no outcome. Only a past "did" or "done" said of the hope in this chat skips it.
 */

const SHOP: SeedHope = { text: 'do my own shopping', theme: 'independent_living', needs: ['i get lost in big shops'] };
const JOB: SeedHope = { text: 'get a job interview', theme: 'learning_and_work', needs: ['interviews make me nervous'] };
const SWIM: SeedHope = { text: 'learn to swim', theme: 'health_and_wellbeing', needs: ['i am scared of water'] };
const seed = (at: number): Seed => ({ today: '2026-12-03', name: 'Jo', age: 17, schoolYear: 12, hopes: [SHOP, JOB, SWIM], at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[at]!.id }) });

describe('a habit or an event at the step is not "that hope is done"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i already do the shopping with mum every week', 0],
    ['i do the shopping already', 0],
    ['i had the job interview already', 1],
    ['i already had the interview last month', 1],
  ] as const)('%j keeps to the hope asked about', async (typed, at) => {
    expect(hopeSaidDone(typed)).toBeUndefined();
    ({ chat } = await startWith(seed(at)));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    const next = draft.aspirations[at + 1]!.id;
    expect(chat.lastQuestion?.topic === next && draft.outcomes.length === 0).toBe(false);
  });

  it.each(['we already did the shopping one', 'done the shopping one', "we've done the shopping bit already"])('%j still counts as done', (typed) => {
    expect(hopeSaidDone(typed)).toBe('shopping');
  });
});
