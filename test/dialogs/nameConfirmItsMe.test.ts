import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * "Shall I call you Jess?" after two misses: "its me", "thats me" is a yes in their own words.
 */
describe('the name checked back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const toConfirm = async () => {
    chat = await Transcript.start();
    for (const typed of ['normal', 'ok', 'me', 'umm well', 'lol its JESS innit lol haha ok']) await chat.say(typed);
    expect(chat.lastQuestion?.activity.text).toMatch(/Shall I call you Jess\?/);
  };

  it.each(['its me', 'it is me', "that's me", 'yeah thats me', 'thats me lol', 'yh its me'])('"%s" is a yes', async (typed) => {
    await toConfirm();
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.name).toBe('Jess');
    expect(chat.step).toBe(Step.welcomeAge);
  });
});
