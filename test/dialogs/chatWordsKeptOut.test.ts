import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo } from './journeySeed';

/* Nikita (17) types fast: "omg", "obvs" and "rn" inside her answers are never kept in the plan. */

describe('chat words inside an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"pass my theory test omg so i can start lessons" is read back and kept without the chat words', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Nikita', age: 17, hopes: [{ text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] }] }));
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'pass my theory test omg so i can start lessons',
      [Step.outcomeWhen]: 'in a year',
      [Step.outcomeMeasure]: 'i get my full licence obvs',
      [Step.outcomeDoesForMe]: 'freedom',
      [Step.outcomeMakesPossible]: 'get a job',
      [Step.outcomeProvides]: 'extra time in the test',
    });
    expect(chat.lastQuestion?.activity.text).not.toMatch(/\bomg\b|\bobvs\b/i);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(`${outcome.statement} ${outcome.measure}`).not.toMatch(/\bomg\b|\bobvs\b/i);
    expect(outcome.statement).toMatch(/theory test/);
  });
});
