import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

describe('"yeah ok" at how I should write', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('takes standard words and says so, never "I didn\'t catch that"', async () => {
    chat = await Transcript.start();
    await chat.join();
    const replies = (await chat.say('yeah ok')).map((r) => r.text).join(' ');
    expect(replies).toMatch(/standard words for now/);
    expect(replies).not.toMatch(/didn't catch/);
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.mode).toBe('standard');
  });

  it('"easy read please" still picks easy read', async () => {
    chat = await Transcript.start();
    await chat.join();
    await chat.say('easy read please');
    expect(chat.lastQuestion?.mode).toBe('easy_read');
  });
});
