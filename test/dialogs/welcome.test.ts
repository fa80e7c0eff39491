import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { Transcript, outcomesOf } from '../support/transcript';

describe('the welcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asks for a reading mode before anything is typed', async () => {
    chat = await Transcript.start();
    const question = chat.lastQuestion;
    expect(question?.step).toBe(Step.welcomeReadingMode);
    expect(question?.mode).toBe('standard');
    expect(question?.progress).toEqual({ stage: 1, of: 6 });
    expect(question?.activity.inputHint).toBe('expectingInput');
    expect(question?.choices).toHaveLength(2);
  });

  it('asks for consent next, in the reading mode chosen', async () => {
    chat = await Transcript.start();
    const replies = await chat.say('Easy read');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    // Explanations come before the question, in messages that carry no step.
    const statements = replies.filter((a) => !outcomesOf(a));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((a) => a.inputHint !== 'expectingInput')).toBe(true);
  });

  it('accepts a typed choice with different case and punctuation', async () => {
    chat = await Transcript.start();
    await chat.say('standard words!');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.mode).toBe('standard');
  });

  it('takes a misspelt request for easy read as the answer, and moves on', async () => {
    chat = await Transcript.start();
    await chat.say('eesy read pls');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.mode).toBe('easy_read');
  });

  it.each([
    ['me', 'self'],
    ['Me', 'self'],
    ['mum', 'parent_carer'],
    ["I'm his dad", 'parent_carer'],
    ['teacher', 'supporter'],
    ['me, my teacher is helping me', 'helper'],
    ['i am her mother', 'parent_carer'],
  ])('understands "%s" as who is chatting', async (typed, who) => {
    chat = await Transcript.start();
    await chat.say('Standard words');
    await chat.say("Yes, that's OK");
    await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.who).toBe(who);
  });

  it('asks a child under 13 chatting alone to have a parent or carer with them', async () => {
    chat = await Transcript.start({ today: '2025-03-10' });
    for (const answer of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Ali']) await chat.say(answer);
    const replies = await chat.say('10');
    expect(replies.map((a) => a.text)).toContain(createWords().forMode('standard')(WelcomeText.ageAskAnAdult));
    expect(chat.step).toBe(Step.welcomeInvite);
  });

  it('asks again kindly when the answer is not one of the choices', async () => {
    chat = await Transcript.start();
    await chat.say('banana');
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });
});
