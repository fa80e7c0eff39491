import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/* A name put right after the welcome is kept at once and never stored as an answer; the same question is asked again. */
describe('a name put right later in the chat', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['My name is not Dawn. My name is Maya', 'please call me Maya', 'im Maya not Dawn'])('"%s" at an about-me question renames and asks again', async (typed) => {
    chat = await throughWelcome({ name: 'Dawn', age: '19' });
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain('Maya');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const draft = await chat.draft();
    expect(draft?.youngPerson.name).toBe('Maya');
    expect(JSON.stringify(draft?.aboutMe ?? {})).not.toContain('Maya');
  });

  it('"they call me names" is an answer, not a new name', async () => {
    chat = await throughWelcome({ name: 'Sam', age: '15' });
    await chat.say('they call me names sometimes but im kind');
    expect((await chat.draft())?.youngPerson.name).toBe('Sam');
  });
});
