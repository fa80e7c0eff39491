import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * An 11-year-old's question to the bot at the end of an answer ("do u hav a pet? oh wait ur a
 * robot") is an aside: the answer before it is kept, and the aside gets a short reply.
 */
describe('a question to the bot at the end of an about me answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['my dog biscuit, my mum, my nan and my best friend Amira. do u hav a pet? oh wait ur a robot', 'my dog biscuit, my mum, my nan and my best friend Amira'],
    ['my mum and my nan and my dog. have you got a dog?', 'my mum and my nan and my dog'],
    ['my cat and my friend Amira. do u like cats? oh wait ur a bot lol', 'my cat and my friend Amira'],
  ])('%j is kept as %j', async (typed, kept) => {
    const person = { age: 'Year 6', mode: 'Easy read' as const, name: 'Bea' };
    chat = await typedTo(Step.aboutMeImportant, person);
    const replies = await chat.say(typed);
    expect((await chat.draft())?.aboutMe.important).toEqual([kept]);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect(saidIn(replies)).toMatch(/computer program/i);
  });

  it('leave alone: a question that is not about the bot gets no computer reply', async () => {
    chat = await typedTo(Step.aboutMeImportant);
    const replies = await chat.say('my mum and my nan. can my nan come to the meeting?');
    expect(saidIn(replies)).not.toMatch(/pets or/i);
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('a disclosure beside the aside is still heard: %j', async (said) => {
    chat = await typedTo(Step.aboutMeImportant);
    const replies = await chat.say(`my dog and my mum. do u hav a pet? ${said}`);
    expect(saidIn(replies)).toMatch(CRISIS);
  });
});
