import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript, outcomesOf } from '../support/transcript';
import { throughWelcome } from './throughWelcome';
import { saidIn } from '../support/typedWay';

describe('about me (EHC section A)', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asks what people admire, what is important and how to support, keeping each answer', async () => {
    chat = await throughWelcome();
    expect(chat.lastQuestion?.progress).toEqual({ stage: 2, of: 6 });
    await chat.say('I make people laugh');
    expect(chat.step).toBe(Step.aboutMeImportant);
    await chat.say('Seeing my nan on Sundays');
    expect(chat.step).toBe(Step.aboutMeSupport);
    await chat.say('Show me pictures');
    expect(chat.step).toBe(Step.aboutMeSafe);
    await chat.say('yeah i do');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aboutMe).toEqual({
      strengths: ['I make people laugh'],
      important: ['Seeing my nan on Sundays'],
      support: ['Show me pictures'],
    });
  });

  it('asks before copying swearing or a remark to the bot into Section A', async () => {
    chat = await throughWelcome();
    // A remark about the chat is heard and never kept: the question is asked again.
    await chat.say('this is so weird');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect(chat.lastQuestion?.activity.text).toMatch(/what do people like and admire about you/i);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
    await chat.say('I am funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    await chat.say('football is shit but I love my dog');
    await chat.say('yes');
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())?.aboutMe).toMatchObject({ strengths: ['I am funny'], important: ['football is shit but I love my dog'] });
  });

  it('thanks the person in a message of its own before the next question', async () => {
    chat = await throughWelcome();
    const replies = await chat.say('I am good at drawing');
    const question = replies.at(-1);
    expect(outcomesOf(question ?? {})?.step).toBe(Step.aboutMeImportant);
    expect(replies.slice(0, -1).some((a) => !outcomesOf(a) && a.inputHint !== 'expectingInput')).toBe(true);
  });

  it('asks a parent or carer about their child by name', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Amira', age: '3' });
    expect(chat.lastQuestion?.activity.text).toContain('Amira');
    await chat.say('She has a lovely smile');
    expect(chat.lastQuestion?.activity.text).toContain('Amira');
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['She has a lovely smile']);
  });

  it('does not use a name for a young person answering for themselves in the question', async () => {
    chat = await throughWelcome({ name: 'Zed' });
    expect(chat.lastQuestion?.activity.text).not.toContain('Zed');
  });

  it('offers "I\'m not sure" as a button and never stores it as an answer', async () => {
    chat = await throughWelcome();
    expect(chat.lastQuestion?.choices).toHaveLength(1);
    await chat.say("I'm not sure");
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.say('I never give up');
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['I never give up']);
  });

  it('moves on without storing anything after "nothing" or "skip"', async () => {
    chat = await throughWelcome();
    await chat.say('nothing');
    expect(chat.step).toBe(Step.aboutMeImportant);
    await chat.say('skip');
    expect(chat.step).toBe(Step.aboutMeSupport);
    await chat.say('Tell me what is coming next');
    expect((await chat.draft())?.aboutMe).toEqual({ strengths: [], important: [], support: ['Tell me what is coming next'] });
  });

  it('asks in easy read when easy read was chosen', async () => {
    chat = await throughWelcome({ mode: 'Easy read' });
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    await chat.say('I am kind');
    expect(chat.step).toBe(Step.aboutMeImportant);
  });

  it('holds an answer that stops mid-phrase ("and my") and keeps it joined to the rest', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '14' });
    await chat.say('i am funny');
    const replies = await chat.say('my cat biscuit and my');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect(saidIn(replies)).toMatch(/rest/i);
    expect(saidIn(replies)).not.toMatch(/thank|lovely/i);
    expect((await chat.draft())?.aboutMe.important).toEqual([]);
    await chat.say('nan. and drawing');
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())?.aboutMe).toMatchObject({ important: ['my cat biscuit and my nan. and drawing'], support: [] });
  });

  it('"wait that was the rest of the last one lol" joins the message before to the answer before it, and asks its question again', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '14' });
    await chat.say('i am funny');
    await chat.say('my cat biscuit');
    await chat.say('my nan too');
    expect((await chat.draft())?.aboutMe.support).toEqual(['my nan too']);
    await chat.say('wait that was the rest of the last one lol');
    expect((await chat.draft())?.aboutMe).toEqual({ strengths: ['i am funny'], important: ['my cat biscuit my nan too'], support: [] });
    expect(chat.step).toBe(Step.aboutMeSupport);
  });

  it('keeps a strength without its hedge, and "we\'ve moved on. she loves dancing" as "she loves dancing" only', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '14' });
    await chat.say('i am good at drawing i guess');
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['i am good at drawing']);
    await chat.close();
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Amira', age: '8' });
    await chat.say("we've moved on. she loves dancing");
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['she loves dancing']);
    // Typed again half a minute later, at the next question: said on purpose, never the phone's copy.
    await chat.say("we've moved on. she loves dancing", new Date(Date.now() + 30_000));
    expect((await chat.draft())?.aboutMe.important).toEqual(['she loves dancing']);
  });
});
