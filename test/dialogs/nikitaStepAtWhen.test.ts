import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Nikita (17, at college doing hairdressing, types fast on her phone) says her step, then at
 * "by when?" says one more thing she would like to do. It is kept to offer as her next outcome,
 * and the time is asked again; it is never lost, nor read as a time it is not.
 */
const nikita = async () => {
  const { chat } = await startWith({ today: '2026-12-06', name: 'Nikita', age: 17, hopes: [{ text: 'be a hairdresser', theme: 'learning_and_work', needs: ['i have dyslexia so the theory is hard'] }] });
  await chat.say('pass my level 2 and get on level 3');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
};

describe('one more thing to do said at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['maybe get a saturday job in a salon too', 'get a saturday job in a salon'],
    ['i also want to get a saturday job in a salon', 'get a saturday job in a salon'],
  ])('"%s": kept for the next outcome, the time asked again, then offered', async (typed, step) => {
    chat = await nikita();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/couldn't work out a date/);
    expect(said).toContain(`"${step}"`);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe ?? null).toBeNull();
    await chat.say('by next summer');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toMatch(/next summer/);
    expect((await chat.draft())!.outcomes[0]!.statement).not.toMatch(/saturday/);
    const after = [] as string[];
    const answers: Record<string, string> = { [Step.outcomeMeasure]: 'my tutor signs me off', [Step.outcomeDoesForMe]: 'i feel proud', [Step.outcomeMakesPossible]: 'get a job', [Step.outcomeProvides]: 'extra time for theory' };
    for (let turn = 0; turn < 8 && chat.step !== Step.outcomeAnother; turn++) after.push(saidIn(await chat.say(answers[chat.step ?? ''] ?? 'yes')));
    expect(after.join('\n')).toContain(`You also said "${step}"`);
  });

  it.each(['when i finish my level 2', 'do it too', 'dunno'])('leave alone: "%s" is no second thing to do', async (typed) => {
    chat = await nikita();
    expect(saidIn(await chat.say(typed))).not.toMatch(/next outcome/);
  });
});
