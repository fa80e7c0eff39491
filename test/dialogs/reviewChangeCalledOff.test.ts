import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Jack, 22, at "Change X to Y?" typed "no dont change my outcome". He was asked for new words, and
 * his next words ("list all") became the outcome. Now the change is called off and the words stay.
 */

const JOB = 'In a year (by December 2027), I will get a paid job.';

describe('a change called off at "Change X to Y?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no dont change my outcome', "no don't change it", 'no leave the goal as it is'])('"%s" keeps the words and goes back to the review question', async (typed) => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change the paid job one to i will get a job in a cafe');
    expect(chat.lastQuestion!.activity.text).toContain('cafe');
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/say instead/i);
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.say('list all');
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toContain(JOB);
  });

  it('a bare "no" still asks for the words they want', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change the paid job one to i will get a job in a cafe');
    await chat.say('no');
    expect(chat.step).toBe(Step.reviewChange);
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toContain(JOB);
  });
});
