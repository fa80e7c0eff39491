import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "nah thats all im done" at "another outcome?": respected at once, with at most one short line
 * that more can be added later; never a second push. A bare "no" is still encouraged once.
 */
const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const GYM: SeedHope = { text: 'go to the gym with my mates', theme: 'health_and_wellbeing', needs: ['i dont know how the machines work'] };

function oneDone(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By July 2027, I will cook pasta on my own.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'mum sees me', confirmed: true });
}

const SEED: Seed = {
  today: '2026-12-03', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK, GYM], change: oneDone,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('done means done at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['nah thats all im done', 'im done', 'done'])('"%s" ends the outcomes at once', async (typed) => {
    ({ chat } = await startWith(SEED));
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/at least three|one more/i);
    expect(said).toMatch(/add more later/i);
    expect(chat.step).not.toBe(Step.outcomeAnother);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  // "thats all" may mean this hope only: the hope with none is named once; a "no" then ends with no nudge.
  it('"thats all" names the gym hope once, then "no" ends the outcomes', async () => {
    ({ chat } = await startWith(SEED));
    expect(saidIn(await chat.say('thats all'))).toMatch(/No outcome yet for "go to the gym with my mates"/);
    const said = saidIn(await chat.say('no'));
    expect(said).not.toMatch(/at least three|one more/i);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('a bare "no" is still encouraged once', async () => {
    ({ chat } = await startWith(SEED));
    expect(saidIn(await chat.say('no'))).toMatch(/at least three/i);
  });
});
