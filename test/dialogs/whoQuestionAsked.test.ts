import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * At "who is chatting?" a question about who a helper is ("is my support worker the same as a key
 * worker?") is answered, and the same question asked again: nothing is chosen for them. Said as an
 * answer, a helper's role still chooses ("my support worker is helping me", "im her support worker").
 */

describe('a question about a helper at who is chatting', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['is my support worker the same as a key worker?', 'is my support worker the same as a key worker', 'is a key worker the same as a social worker', 'whats a key worker?'])(
    '%j: answered, nothing chosen, and who is chatting asked again',
    async (typed) => {
      chat = await typedTo(Step.welcomeWho);
      const replies = await chat.say(typed);
      expect(saidIn(replies)).toMatch(/key worker/i);
      expect(chat.step).toBe(Step.welcomeWho);
      await chat.say('im his support worker');
      expect((await chat.draft())?.youngPerson.who).toBe('supporter');
      expect(chat.step).toBe(Step.welcomeName);
    },
  );

  it.each([
    ['my support worker is helping me', 'helper'],
    ['im her support worker', 'supporter'],
    ['me and my key worker', 'helper'],
    ['its bev. shes my suport worker not key worker is that the same', 'self'],
  ])('%j still answers it', async (typed, who) => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.who).toBe(who);
    expect(chat.step).toBe(Step.welcomeName);
  });
});
