import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { readingsHold } from '../../src/language/recentReadings';
import { Transcript } from '../support/transcript';

async function throughConsent(chat: Transcript) {
  await chat.say('Standard words');
  await chat.say("Yes, that's OK");
  expect(chat.step).toBe(Step.welcomeWho);
}

/* The readers keep the last few messages read, shared by every chat: none stays behind after "delete my data" or "start again". */
describe('no typed words kept by the readers after delete or start again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['delete my data', 'start again'])('"%s", then yes', async (command) => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    const typed = 'i want to be a vet and live with my girlfriend';
    await chat.say(typed);
    expect(readingsHold(typed)).toBe(true);
    await chat.say(command);
    await chat.say('yes');
    expect(readingsHold(typed)).toBe(false);
  });
});
