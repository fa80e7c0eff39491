import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { finishOutcome } from './outcomeSeed';

/* Kai (16, Year 11) typed two things to do, each with its own time, in one answer. */

const kai = () =>
  startWith({ today: '2026-12-05', name: 'Kai', age: 16, schoolYear: 11, hopes: [{ text: 'go to college and get a job', theme: 'learning_and_work', needs: ['I get lost on buses'] }] });

const TWO = 'get the bus to college on my own by september and get a saturday job by summer';

describe('two things to do, each with a time, in one answer at the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the first as this outcome with its own time, and says the second comes next', async () => {
    ({ chat } = await kai());
    const said = await chat.say(TWO);
    expect(saidIn(said)).toMatch(/two things/i);
    expect(saidIn(said)).toMatch(/saturday job by summer/i);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/bus to college on my own/i);
    expect(outcomes[0]!.statement).not.toMatch(/saturday job|summer/i);
    expect(outcomes[0]!.timeframe?.phrase).toBe('by september');
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('offers the second once the first is done, and a yes makes it its own outcome with its own date', async () => {
    ({ chat } = await kai());
    await chat.say(TWO);
    await finishOutcome(chat, { confirm: false });
    const after = await chat.say('yes');
    expect(saidIn(after)).toMatch(/also said "get a saturday job by summer"/i);
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('yeah');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/saturday job/i);
    expect(outcomes[1]!.statement).not.toMatch(/bus/i);
    expect(outcomes[1]!.timeframe?.phrase).toBe('by summer');
  });

  it('one step with one time is kept whole', async () => {
    ({ chat } = await kai());
    const said = await chat.say('get the bus to college and back on my own by september');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/college and back on my own/i);
    expect(saidIn(said)).not.toMatch(/two things/i);
  });
});
