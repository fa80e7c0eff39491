import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';
import { saidIn } from '../support/typedWay';

const PETE = { who: 'A parent or carer', name: 'Maisie', age: '3' } as const;

describe('about me: a whole answer in short sentences is kept at once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"everyone at nursery loves her" ends the answer: kept, thanked, and the next question asked', async () => {
    chat = await throughWelcome(PETE);
    const replies = await chat.say('shes always happy. gives the best cuddles. everyone at nursery loves her');
    expect(saidIn(replies)).not.toMatch(/tell me the rest/i);
    expect(saidIn(replies)).toMatch(/lovely to hear/i);
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['shes always happy. gives the best cuddles. everyone at nursery loves her']);
  });

  it('"and showing her not telling her" at how to support is kept whole', async () => {
    chat = await throughWelcome(PETE);
    await chat.say('shes always happy');
    await chat.say('her nana and peppa pig');
    const replies = await chat.say('signing. makaton. she knows loads of signs. and showing her not telling her');
    expect(saidIn(replies)).not.toMatch(/tell me the rest/i);
    // At 3, the safety question is not asked: the hopes come next.
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aboutMe.support).toEqual(['signing. makaton. she knows loads of signs. and showing her not telling her']);
  });

  it('still waits for the rest after "and her"', async () => {
    chat = await throughWelcome(PETE);
    const replies = await chat.say('shes kind to her brother and her');
    expect(saidIn(replies)).toMatch(/tell me the rest/i);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('after an answer held for its rest, "thats it really. shes funny too" keeps the answer and adds "She\'s funny too" as a sentence', async () => {
    chat = await throughWelcome(PETE);
    await chat.say('shes always happy. gives the best cuddles. and');
    await chat.say('thats it really. shes funny too');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['shes always happy. gives the best cuddles. Shes funny too']);
  });

  it('after an answer held for its rest, "thats it really" alone keeps the answer as it was', async () => {
    chat = await throughWelcome(PETE);
    await chat.say('shes always happy. gives the best cuddles and');
    await chat.say('thats it really');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['shes always happy. gives the best cuddles']);
  });
});
