import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

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

describe('changing words of the outcome read back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"actully make it 2 days a week not 1" changes the number of days and reads it back', async () => {
    chat = await atReadBack('work at the cafe on my own 1 day a week');
    expect((await chat.draft())?.outcomes[0]?.statement).toMatch(/1 day a week/);
    const replies = all(await chat.say('actully make it 2 days a week not 1'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    const o = (await chat.draft())?.outcomes[0];
    expect(o?.statement).toMatch(/I will work at the cafe on my own 2 days a week/);
    expect(o?.statement).not.toMatch(/1 day a week|actully|make it/);
    expect(o?.confirmed).toBe(false);
    expect(replies).toMatch(/2 days a week/);
    await chat.say('yes thats right');
    expect((await chat.draft())?.outcomes[0]).toMatchObject({ confirmed: true, statement: expect.stringMatching(/2 days a week/) });
  });

  it('"take out the word still" removes that word', async () => {
    chat = await atReadBack('still work at the cafe on my own 1 day a week');
    const replies = all(await chat.say('take out the word still'));
    expect(replies).not.toMatch(/shall i take out/i);
    const o = (await chat.draft())?.outcomes[0];
    expect(o?.statement).not.toMatch(/still/);
  });

  it('"take out still" removes that word', async () => {
    chat = await atReadBack('still work at the cafe on my own 1 day a week');
    const replies = all(await chat.say('take out still'));
    expect(replies).not.toMatch(/shall i take out/i);
    const o = (await chat.draft())?.outcomes[0];
    expect(o?.statement).not.toMatch(/still/);
  });

  it('"change bus to train" leaves the sentence alone when it has no "bus"', async () => {
    chat = await atReadBack('work at the cafe on my own 1 day a week');
    await chat.say('change bus to train');
    expect((await chat.draft())?.outcomes[0]?.statement ?? '').not.toMatch(/train/);
  });

  it('"chnage cafe to coffee shop" swaps the words', async () => {
    chat = await atReadBack('work at the cafe on my own 1 day a week');
    const replies = all(await chat.say('chnage cafe to coffee shop'));
    expect(replies).toMatch(/coffee shop/);
    const o = (await chat.draft())?.outcomes[0];
    expect(o?.statement).toMatch(/coffee shop/);
  });
});

// After the tidied wording is read back, a request to drop one word ("not with the word just") changes it and reads it back.
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
