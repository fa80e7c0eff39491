import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "to be able to phone my key worker when things go wrong": being able to reach help is help asked
 * for, kept as help; the step is asked for again. What they would do with it stays their step.
 */

const COPE: SeedHope = { text: 'cope better at college', theme: 'health_and_wellbeing', needs: ['I panic when things change'] };

async function atTheStep(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 17, schoolYear: 12, hopes: [COPE] });
  expect(chat.step).toBe(Step.outcomeStep);
  return chat;
}

describe('being able to reach help, typed at the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"to be able to phone my key worker when things go wrong" is kept as help, and the step is asked again', async () => {
    chat = await atTheStep();
    const replies = await chat.say('to be able to phone my key worker when things go wrong');
    expect(replies.map((a) => a.text ?? '').join('\n')).toMatch(/kept .*phone my key worker.* as help/i);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('leave alone: "to be able to use my tablet to plan my bus to college" is their step, not help', async () => {
    chat = await atTheStep();
    const replies = await chat.say('to be able to use my tablet to plan my bus to college');
    expect(replies.map((a) => a.text ?? '').join('\n')).not.toMatch(/as help/i);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });
});
