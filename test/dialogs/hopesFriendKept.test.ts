import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

describe('a hope about a friend said in a list of hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['honestly i just want him to be happy and have a job with trains one day, he wants to be a train driver or work at the signal box thing. and have a mate. one mate would do', /mate/],
    ['to be happy, and to have a best mate at school', /best mate/],
  ])('%j keeps the friend hope as a hope, never as help', async (typed, friend) => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: '11' });
    await chat.say('hes funny');
    await chat.say('trains');
    await chat.say('warn him before changes');
    if (chat.step === Step.aboutMeSafe) await chat.say('yes');
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text).join(' | ')).toMatch(friend);
    expect(draft.aboutMe.support.join(' | ')).not.toMatch(friend);
  });
});
