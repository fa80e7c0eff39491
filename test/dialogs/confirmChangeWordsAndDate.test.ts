import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * At an outcome's read-back, "change it to I will ... and its summer 2028" changes that outcome's
 * words and its date: never the hope's words, and never a help.
 */

const COLLEGE: SeedHope = { text: 'I want to go to college', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] };

describe('changing an outcome at its read-back', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"change it to I will get at least a 4 in maths and english... and its summer 2028": the outcome and its date', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [COLLEGE] }));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'pass my maths gcse by the end of year 11',
      [Step.outcomeWhen]: 'end of year 11',
      [Step.outcomeMeasure]: 'my results slip',
      [Step.outcomeDoesForMe]: 'I would feel proud',
      [Step.outcomeMakesPossible]: 'I could go to college',
      [Step.outcomeProvides]: 'extra maths lessons',
    });
    await chat.say('change it to I will get at least a 4 in maths and english... and its summer 2028');
    const draft = (await chat.draft())!;
    const outcome = draft.outcomes[0]!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([COLLEGE.text]);
    expect(outcome.statement).toMatch(/at least a 4 in maths and english/i);
    expect(outcome.timeframe?.date.slice(0, 4)).toBe('2028');
    expect(JSON.stringify(outcome.provision)).not.toMatch(/2028/);
  });
});
