import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { atSafeQuestion, throughWelcome } from './throughWelcome';

const SUPPORT_NUMBERS = /0800 1111/;

const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

describe('about me: do you feel safe at home, at school and online?', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is the last about-me question, with yes, not always and rather not say to tap', async () => {
    chat = await atSafeQuestion();
    expect(chat.lastQuestion?.activity.text).toMatch(/safe at home, at school and online/);
    expect(chat.lastQuestion?.choices).toEqual(['Yes', 'Not always', "I'd rather not say"]);
    expect(chat.lastQuestion?.progress).toEqual({ stage: 2, of: 6 });
  });

  it('"yeah i do" moves on to the dream, with no flag', async () => {
    chat = await atSafeQuestion();
    await chat.say('yeah i do');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['Where I live yes. When I go out yes. Online yes.', 'home yes, school yes, online yes'])('%j (a yes for each place) moves on to the dream, with no flag', async (typed) => {
    chat = await atSafeQuestion();
    await chat.say(typed);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['Home yes. School no. Online yes.', 'home yes, online not always'])('%j (a no for one place) is not always: the safeguarding answer and a flag', async (typed) => {
    chat = await atSafeQuestion();
    const replies = await chat.say(typed);
    expect(textOf(replies)).toMatch(SUPPORT_NUMBERS);
    expect((await chat.draft())?.flags ?? []).toHaveLength(1);
  });

  it.each(['not really', 'sometimes', 'Not always', 'no'])('%j gets the safeguarding answer and an "other" flag, then carries on past the question', async (typed) => {
    chat = await atSafeQuestion();
    const replies = await chat.say(typed);
    expect(textOf(replies)).toMatch(SUPPORT_NUMBERS);
    expect(textOf(replies)).toMatch(/Shout/);
    expect(textOf(replies)).toMatch(/999/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'safeguarding', category: 'other', step: Step.aboutMeSafe });
    await chat.say("Yes, I'm safe");
    await chat.say('Carry on');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('keeps the category when they say more: "not always, my step dad hits me" is harm from others', async () => {
    chat = await atSafeQuestion();
    await chat.say('not always, my step dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags[0]).toMatchObject({ category: 'harm_from_others', step: Step.aboutMeSafe });
    await chat.say('Carry on');
    expect(chat.step).toBe(Step.hopesDream);
  });

  it.each(["I'd rather not say", 'rather not say', 'i dont want to say'])('%j is respected: a kind word, no flag, and on to the dream', async (typed) => {
    chat = await atSafeQuestion();
    const replies = await chat.say(typed);
    expect(textOf(replies)).toMatch(/don't have to say/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('asks once more in other words after a reply it cannot read, then moves on kindly', async () => {
    chat = await atSafeQuestion();
    await chat.say('purple');
    expect(chat.step).toBe(Step.aboutMeSafe);
    await chat.say('banana');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('is not asked of a parent or carer chatting about a young child', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Amira', age: '3' });
    await chat.say('She has a lovely smile');
    await chat.say('Her big sister');
    await chat.say('Use simple words');
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('is asked of a parent or carer about a teenager, by name', async () => {
    chat = await atSafeQuestion({ who: 'A parent or carer', name: 'Leo', age: 'Year 9' });
    expect(chat.lastQuestion?.activity.text).toMatch(/Does Leo feel safe/);
  });

  it('is asked in easy read, with its easy-read choices', async () => {
    chat = await atSafeQuestion({ mode: 'Easy read' });
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    expect(chat.lastQuestion?.choices).toContain('I do not want to say');
    await chat.say('I do not want to say');
    expect(chat.step).toBe(Step.hopesDream);
  });
});

describe('an unclear but worrying message', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const WORRYING = 'everything is too much and i dont really sleep';

  it('gets a gentle "are you OK?" first; after "yeah im ok" the question is asked again, with no flag', async () => {
    chat = await throughWelcome();
    const replies = await chat.say(WORRYING);
    expect(textOf(replies)).toMatch(/That sounds hard\. Are you OK\?/);
    expect(textOf(replies)).not.toMatch(/999/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.choices).toEqual(["Yes, I'm OK", 'Not really']);
    await chat.say('yeah im ok');
    // The worrying words are no answer to what people like about them: never kept as one.
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.aboutMe.strengths).toEqual([]);
  });

  it.each(['not really', 'no', 'dunno'])('"%s" leads to the safeguarding answer and a flag', async (answer) => {
    chat = await throughWelcome();
    await chat.say(WORRYING);
    const replies = await chat.say(answer);
    expect(textOf(replies)).toMatch(SUPPORT_NUMBERS);
    expect(textOf(replies)).toMatch(/999/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', step: Step.aboutMeStrengths })]);
    // Carrying on asks the question the worrying message interrupted.
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('telling more in place of a yes or no is a disclosure', async () => {
    chat = await throughWelcome();
    await chat.say(WORRYING);
    const replies = await chat.say('my brother does stuff to me when mum is out');
    expect(textOf(replies)).toMatch(SUPPORT_NUMBERS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('is not asked again and again: after "I\'m OK", the next worried answers are kept as answers', async () => {
    chat = await throughWelcome();
    await chat.say(WORRYING);
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say("I'm ok");
    expect(chat.step).toBe(Step.aboutMeStrengths);
    // The same worry a moment later is an answer, not another check.
    await chat.say('my bed, because everything is too much and i dont really sleep');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('is not said after an ordinary answer', async () => {
    chat = await throughWelcome();
    const replies = await chat.say('I am good at football and I make people laugh');
    expect(textOf(replies)).not.toMatch(/Are you OK/);
    expect(chat.step).toBe(Step.aboutMeImportant);
  });

  it('never gets in the way of a command', async () => {
    chat = await throughWelcome();
    const replies = await chat.say('stop');
    expect(textOf(replies)).not.toMatch(/Are you OK/);
  });
});
