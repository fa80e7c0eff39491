import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * Zara, 16, takes the theme question "What would you like to do more on your own?" literally and
 * finds it too vague. She asks for an example: one is given, the question is asked again, and
 * nothing she said about the question is kept as a hope.
 */

const KEPT = 'i want to work with animals, maybe as a vet nurse';

async function atOwnTheme(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-07', name: 'Zara', age: 16, schoolYear: 11,
    hopes: [{ text: KEPT, theme: 'learning_and_work', needs: [] }],
    at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }),
  });
  return chat;
}

const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);

describe('an example asked for at a theme question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['that question is too vague. do what more on my own. give an example.', 'give an example', 'do what more on my own'])('"%s": an example given, the same question asked again, nothing kept', async (typed) => {
    chat = await atOwnTheme();
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/for example/i);
    expect(chat.step).toBe(Step.hopesTheme);
    expect(chat.lastQuestion?.activity.text).toMatch(/on your own/i);
    expect(await hopesOf(chat)).toEqual([KEPT]);
  });

  it('"do what i want on my own" is an answer, kept as a hope', async () => {
    chat = await atOwnTheme();
    await chat.say('do what i want on my own');
    expect(await hopesOf(chat)).toHaveLength(2);
  });
});
