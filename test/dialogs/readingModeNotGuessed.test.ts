import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * Joanne, Tia's nan, starts with a long hello. Reading mode is chosen only when asked for or clearly
 * said: words like "full time" or "struggles at school" in a hello never pick it; the question is asked.
 */

describe('a long first message at the reading-mode question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    "Hello, I'm Tia's nan, I look after her full time, the school said to use this",
    'hello im her nan, she struggles at school and the teacher said to try this',
  ])('"%s" picks no reading mode; the question is asked', async (typed) => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.join();
    await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeReadingMode);
    expect(chat.lastQuestion?.mode).toBe('standard');
    await chat.say('easy read please');
    expect(chat.step).not.toBe(Step.welcomeReadingMode);
    expect(chat.lastQuestion?.mode).toBe('easy_read');
  });

  it('"normal words please, I read fine" still picks standard', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.join();
    await chat.say('normal words please, I read fine');
    expect(chat.step).not.toBe(Step.welcomeReadingMode);
  });
});
