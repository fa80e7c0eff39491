import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * After the bot reads back its tidied wording, a request to drop one word ("not with the word just",
 * "take out the word maybe", "without 'just'") changes the wording and reads it back.
 */

const CAFE: SeedHope = { text: 'I want to work in a cafe', theme: 'learning_and_work', needs: ['I get nervous talking to customers'] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function atReadBack(step: string): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 17, schoolYear: 12, hopes: [CAFE] });
  await chat.say(step);
  for (let i = 0; i < 8 && chat.step !== Step.outcomeConfirm; i++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
    else if (chat.step === Step.outcomeMeasure) await chat.say('my manager will tell my teacher');
    else if (chat.step === Step.outcomeDoesForMe) await chat.say('i would feel more grown up');
    else if (chat.step === Step.outcomeMakesPossible) await chat.say('i could get a job');
    else if (chat.step === Step.outcomeProvides) await chat.say('money of my own');
    else break;
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('one word dropped from the wording read back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [words, word] of [
    ['Not with the word just', 'just'],
    ['take out the word busy', 'busy'],
    ["without 'just'", 'just'],
    ['no "just" please', 'just'],
  ] as const) {
    it(`"${words}" takes "${word}" out and reads the wording back`, async () => {
      chat = await atReadBack(word === 'busy' ? 'serve customers at the busy cafe on my own 1 day a week' : `${word} serve customers at the cafe on my own 1 day a week`);
      expect((await chat.draft())?.outcomes[0]?.statement).toMatch(new RegExp(`\\b${word}\\b`, 'i'));
      const replies = all(await chat.say(words));
      expect(chat.step).toBe(Step.outcomeConfirm);
      const o = (await chat.draft())?.outcomes[0];
      expect(o?.statement).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
      expect(o?.statement).toMatch(/serve customers at the cafe on my own 1 day a week/);
      expect(replies).toMatch(/serve customers at the cafe on my own/);
      expect(replies).not.toMatch(/didn't get|not sure what you mean/i);
    });
  }
});
