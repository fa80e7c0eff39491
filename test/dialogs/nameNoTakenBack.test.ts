import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * No to "Shall I call you Jess?" by mistake, put right at the age question: "no i meant yes call me
 * jess" or "sorry i meant yes" keeps the name, says it back, and asks the age again.
 */
describe('a no to the name taken back at the age question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const declined = async () => {
    chat = await Transcript.start();
    for (const typed of ['normal', 'ok', 'me', 'umm well', 'lol its JESS innit lol haha ok']) await chat.say(typed);
    expect(chat.lastQuestion?.activity.text).toMatch(/Shall I call you Jess\?/);
    await chat.say('no');
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
    expect(chat.step).toBe(Step.welcomeAge);
  };

  it.each(['no i meant yes call me jess', 'sorry i meant yes', 'oops wrong button', 'no wait call me Jess'])('"%s" at the age question keeps the name and asks the age again', async (typed) => {
    await declined();
    const replies = (await chat.say(typed)).map((a) => a.text ?? '').join('\n');
    expect(replies).toMatch(/Jess/);
    expect((await chat.draft())?.youngPerson.name).toBe('Jess');
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it('"im 16 year 11" after the no is the age, and no name is kept', async () => {
    await declined();
    await chat.say('im 16 year 11');
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
    expect(chat.step).not.toBe(Step.welcomeAge);
  });
});
