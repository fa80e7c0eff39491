import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { readChatTalk } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "why. i already said what i want", "i told u already" at "another hope?" or a theme's question: a
 * complaint, heard kindly; nothing kept as a hope; the bot says which hopes it has and asks again.
 */
const MECHANIC: SeedHope = { text: 'I want to be a mechanic', theme: 'learning_and_work', needs: [] };

async function atHopes(step: typeof Step.hopesMore | typeof Step.hopesTheme): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Reece', age: 16, schoolYear: 11, hopes: [MECHANIC],
    at: () => (step === Step.hopesTheme ? { stage: 'hopes', step, topic: 'independent_living' } : { stage: 'hopes', step }),
  });
  return chat;
}

describe('"i already said what i want" at the hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const step of [Step.hopesMore, Step.hopesTheme] as const) {
    for (const said of ['why. i already said what i want', 'i told u already', 'i already told you what i want', 'ive said my hopes already']) {
      it(`"${said}" at ${step} keeps nothing and names the hope kept`, async () => {
        chat = await atHopes(step);
        const replies = await chat.say(said);
        const draft = (await chat.draft())!;
        expect(draft.aspirations.map((a) => a.text)).toEqual(['I want to be a mechanic']);
        expect(saidIn(replies)).toMatch(/mechanic/i);
        expect(chat.step?.startsWith('hopes.') || chat.step?.startsWith('needs.')).toBe(true);
      });
    }
  }

  it('words said again after "i already said" are still an answer; words pointing back are not', () => {
    expect(readChatTalk('i already said what i want', { restatedIsAnswer: true })?.answer).toBe('');
    expect(readChatTalk('i already told you my hopes', { restatedIsAnswer: true })?.answer).toBe('');
    expect(readChatTalk('i said already. be a vet', { restatedIsAnswer: true })?.answer).toBe('be a vet');
    expect(readChatTalk('i already said i want to be a vet', { restatedIsAnswer: true })?.answer).toBe('i want to be a vet');
  });
});
