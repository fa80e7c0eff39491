import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Kai (16, Year 11) in December says Easter or Christmas at "by when?": each kept in his words, each a short step. */

const kai = async () => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Kai', age: 16, schoolYear: 11, hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['I get lost on buses'] }] });
  await chat.say('get the bus to college on my own');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
};

describe('Easter and Christmas at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['by easter', '2027-03-25'],
    ['easter', '2027-03-25'],
    ['after easter', '2027-04-30'],
    ['after christmas', '2027-01-31'],
  ])('"%s" is kept in his words (%s), and a short step is offered as one', async (typed, date) => {
    chat = await kai();
    await chat.say(typed);
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    await chat.say('no');
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: typed, date });
  });
});
