import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/** Sam (Year 10) with two hopes, who has just typed a first step towards the first one. */
async function afterAStep(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    name: 'Sam',
    age: 15,
    schoolYear: 10,
    hopes: [
      { text: 'to be a mechanic', theme: 'learning_and_work', needs: ['reading'] },
      { text: 'to have friends', theme: 'friends_and_community', needs: [] },
    ],
  });
  await chat.say('to get a saturday job at a garage');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

const statements = async (chat: Transcript) => ((await chat.draft())?.outcomes ?? []).map((o) => o.statement).join(' | ');

describe('a command said with why it is wanted acts as the command, and nothing of it is kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'back. i did not mean to skip the last one',
    'undo that was wrong',
    'wait i made a mistake',
    'go back please i didnt mean that',
    'oops wrong one go back',
    'back i want to change the last one',
  ])('"%s" at an outcome question asks the question before again', async (typed) => {
    chat = await afterAStep();
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(await statements(chat)).not.toMatch(/back|undo|mistake|mean|wrong/i);
  });

  it('"no thats wrong, i meant ..." replaces the step just given with the new words', async () => {
    chat = await afterAStep();
    await chat.say("no that's wrong, i meant to pass my mechanics course at college");
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(await statements(chat)).toBe('to pass my mechanics course at college');
  });

  it('at "another hope?", "no thats wrong i meant ..." is a correction, not a no', async () => {
    chat = await throughWelcome({});
    await throughAboutMe(chat);
    await chat.say('to be a vet');
    await chat.say('no thats wrong i meant to be a chef');
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['to be a chef']);
  });

  it('"back. i did not mean that" at a yes or no question goes back, never reads a no', async () => {
    chat = await throughWelcome({});
    await throughAboutMe(chat);
    await chat.say('to be a chef');
    await chat.say('back. i did not mean that');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations.map((a) => a.text).join(' ')).not.toMatch(/back|mean/);
  });
});
