import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/* "what do you mean by safe?" at the safety question is a question about the word: explained, asked again, never a worry or a flag. */
describe('asking what "safe" means at "Do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['what do you mean by safe? Safe from being hurt, or safe like not getting lost?', 'safe from what?'])('"%s" is explained and asked again, with no flag', async (typed) => {
    chat = await throughWelcome({ name: 'Maya', age: '19' });
    for (const answer of ['I am kind and good with animals', 'my dad and my rabbits', 'tell me things in writing']) await chat.say(answer);
    expect(chat.step).toBe(Step.aboutMeSafe);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/not about getting lost/);
    expect(saidIn(replies)).not.toMatch(/Samaritans|Childline/);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect((await chat.draft())?.flags).toEqual([]);
    await chat.say('yes I am safe');
    expect(chat.step).toBe(Step.hopesDream);
  });
});
