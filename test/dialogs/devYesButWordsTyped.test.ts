import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Dev (17, catering level 1) agrees at the read-back, then says what reads wrong: "yeah but it says
 * both by, thats weird". The yes only leads in to a complaint about the words: nothing is saved yet,
 * and he can change the words. A plain "yeah thats right" still saves it.
 */
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by next summer',
  [Step.outcomeMeasure]: 'my tutor signs it off',
  [Step.outcomeDoesForMe]: 'i feel proud',
  [Step.outcomeMakesPossible]: 'get a job in a kitchen',
  [Step.outcomeProvides]: 'large print recipes',
};

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-06', name: 'Dev', age: 17, hopes: [{ text: 'be a chef', theme: 'learning_and_work', needs: ['i cant see small print on recipes'] }] });
  await chat.say('pass my level 1');
  for (let turn = 0; turn < 10 && chat.step !== Step.outcomeConfirm; turn++) await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes');
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('"yeah but <what reads wrong>" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yeah but it says both by, thats weird', 'yes but the words sound odd', 'ok but that makes no sense'])('"%s" is no yes: nothing is saved, the words can be changed', async (typed) => {
    chat = await atReadBack();
    const said = saidIn(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
    expect(said).not.toMatch(/saved/i);
    expect(said).toMatch(/^Sorry/);
  });

  it('"yeah thats right" still saves it', async () => {
    chat = await atReadBack();
    await chat.say('yeah thats right');
    expect(chat.step).toBe(Step.outcomeAnother);
  });
});
