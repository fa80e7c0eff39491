import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const CAFE: SeedHope = { text: 'I want to work in a cafe', theme: 'learning_and_work', needs: ['I get nervous talking to customers'] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'my manager will tell my teacher',
  [Step.outcomeDoesForMe]: 'i would feel more grown up',
  [Step.outcomeMakesPossible]: 'i could get a job',
  [Step.outcomeProvides]: 'a job coach',
};

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 17, schoolYear: 12, hopes: [CAFE] });
  await chat.say('I will serve 3 customers on my own at the cafe');
  for (let i = 0; i < 8 && chat.step !== Step.outcomeConfirm && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('"keep it" at the outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"keep it" agrees: the sentence is kept as read back', async () => {
    chat = await atReadBack();
    await chat.say('keep it');
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.confirmed).toBe(true);
    expect(outcome?.statement).toMatch(/I will serve 3 customers on my own at the cafe/);
    expect(outcome?.statement).not.toMatch(/keep it/);
  });

  it('"dont keep it" never agrees', async () => {
    chat = await atReadBack();
    await chat.say('dont keep it');
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.confirmed).toBe(false);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });
});
