import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * Linda, a grandmother, at the reading-mode question: "i think standard is fine but keep it simple
 * please" picks standard words; "keep it simple" is a wish about the chat, not a pick of easy read.
 */

describe('standard picked, with a wish for simple words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i think standard is fine but keep it simple please', 'standard is fine, just keep it simple'])('"%s" picks standard', async (typed) => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.join();
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.welcomeReadingMode);
    expect(chat.lastQuestion?.mode).toBe('standard');
  });

  it('"simple words please" still picks easy read', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.join();
    await chat.say('simple words please');
    expect(chat.lastQuestion?.mode).toBe('easy_read');
  });
});
