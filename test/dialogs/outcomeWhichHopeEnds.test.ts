import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/* At "which hope next?", a person may say they are done, or ask a question: neither is a goal. */
const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const GYM: SeedHope = { text: 'go to the gym with my mates', theme: 'health_and_wellbeing', needs: ['i dont know how the machines work'] };

function twoDone(draft: Draft): Draft {
  let d = draft;
  for (const [i, statement] of ['By July 2027, I will cook pasta on my own.', 'By July 2027, I will go to the gym with Sam.'].entries()) {
    const started = startOutcome(d, { statement, aspirationId: d.aspirations[i === 0 ? 0 : 2]!.id, needIds: [] });
    d = updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'mum sees me', confirmed: true });
  }
  return d;
}

const SEED: Seed = {
  today: '2026-12-03',
  name: 'Kai',
  age: 16,
  schoolYear: 11,
  hopes: [COOK, JOB, GYM],
  change: twoDone,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[2]!.id, data: { which: `${d.aspirations[1]!.id},${d.aspirations[0]!.id}`, next: '1' } }),
};

describe('"which hope next?" can be ended, and a question there is never a goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['that is all', 'no', 'i dont want more goal', 'no more'])('"%s" ends the outcomes as "No, that\'s all" does', async (typed) => {
    ({ chat } = await startWith(SEED));
    // With fewer than three outcomes the bot encourages one more once; "no" again ends it.
    await chat.say(typed);
    expect(chat.lastQuestion?.activity.text ?? '').not.toContain(JOB.text);
    await chat.say('no');
    expect(chat.step).not.toBe(Step.outcomeAnother);
    expect(chat.step).not.toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(2);
  });

  it('a complaint or question there is asked again, never kept as a goal', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('i already do this one... how i go to the end?');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toHaveLength(2);
  });

  it('"the job one" is still the job hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('the job one');
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
