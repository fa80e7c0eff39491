import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { closeAfterEach, saidIn, TODAY } from '../support/typedWay';
import { Transcript } from '../support/transcript';

/*
 * The page greets and asks how to write as soon as the chat opens; many people type "hi" first all
 * the same. The hello is returned in a short line, the question follows once, and nothing moves on.
 */

const QUESTION = /how would you like me to write\?/g;

describe('"hi" typed first, after the greeting', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['hi', 'hello', 'hiya', 'Hello!', 'hey there'])('%j: a short hello back, then the reading question once', async (typed) => {
    chat = await Transcript.start({ today: TODAY });
    expect(chat.step).toBe(Step.welcomeReadingMode);
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/^Hi! Nice to hear from you\.\n/);
    expect(said.match(QUESTION)).toHaveLength(1);
    expect(said).not.toMatch(/computer program/);
    expect(chat.step).toBe(Step.welcomeReadingMode);
    expect((await chat.draft())?.youngPerson.readingMode).toBeUndefined();
  });
});
