import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo } from './journeySeed';

/* Nikita (17) at "What help would you need?": "key worker?" is her answer, not a question about the word. */

const ANSWERS = { [Step.outcomeStep]: 'pass my theory test', [Step.outcomeWhen]: 'in a year', [Step.outcomeMeasure]: 'i get my full licence', [Step.outcomeDoesForMe]: 'freedom', [Step.outcomeMakesPossible]: 'get a job' };

async function atTheHelp(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Nikita', age: 17, hopes: [{ text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] }] });
  await walkTo(chat, Step.outcomeProvides, ANSWERS);
  return chat;
}

describe('a bare term where the question asks for words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['key worker', 'key worker?'])('%j is kept as the help, with no definition', async (typed) => {
    chat = await atTheHelp();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/A key worker is/);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).join(' ')).toMatch(/key worker/i);
  });

  it('"whats a key worker" still gets what a key worker is', async () => {
    chat = await atTheHelp();
    expect(saidIn(await chat.say('whats a key worker'))).toMatch(/key worker is/);
    expect(chat.step).toBe(Step.outcomeProvides);
  });
});
