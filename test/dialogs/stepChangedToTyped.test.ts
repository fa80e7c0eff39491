import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo, type Seed } from './journeySeed';

/*
 * Priya, 16, asks for her step to be put another way: "Change the step to: ask my tutor for the
 * reading list every Monday". The step becomes the words after the colon, and is read back.
 */

const SEED: Seed = {
  today: '2026-12-03',
  name: 'Priya',
  age: 16,
  schoolYear: 11,
  hopes: [{ text: 'go to college to study english', theme: 'learning_and_work', needs: ['i find long books hard'] }],
};

const NEW_STEP = 'ask my tutor for the reading list every Monday';

describe('the step changed by its own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([Step.outcomeWhen, Step.outcomeMeasure, Step.outcomeConfirm])('"Change the step to: ..." at %s changes the step and reads it back', async (at) => {
    ({ chat } = await startWith(SEED));
    await walkTo(chat, at, {
      [Step.outcomeStep]: 'read more books',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'my tutor will see my reading log',
      [Step.outcomeDoesForMe]: 'i would feel ready for college',
      [Step.outcomeMakesPossible]: 'doing my english course',
      [Step.outcomeProvides]: 'audio books from the library',
    });
    const replies = await chat.say(`Change the step to: ${NEW_STEP}`);
    expect(saidIn(replies)).not.toMatch(/which part/i);
    expect(saidIn(replies)).toContain(NEW_STEP);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toContain(NEW_STEP);
    expect(JSON.stringify(outcome)).not.toMatch(/read more books|change the step/i);
  });

  it('"Change the step to: ..." at the step question itself keeps those words as the step', async () => {
    ({ chat } = await startWith(SEED));
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say(`Change the step to: ${NEW_STEP}`);
    expect(saidIn(replies)).not.toMatch(/which part/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toContain(NEW_STEP);
    expect(outcome.statement).not.toMatch(/change the step/i);
  });
});
