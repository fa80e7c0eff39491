import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';
import { typeUntil, welcomeTyped } from '../support/typedWay';

/*
 * Questions at the welcome are answered plainly, then the same question is asked again:
 * "are you a real person" at the reading mode, "what if i dont want to" at the consent.
 */

const TODAY = '2026-12-02';
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('questions at the welcome', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"are you a real person" at the reading mode: no, a computer program; the reading mode asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    expect(chat.step).toBe(Step.welcomeReadingMode);
    const replies = await chat.say('are you a real person');
    expect(texts(replies)).toMatch(/computer program/);
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });

  it('"what if i dont want to" at the consent: what happens after a no, said plainly; consent asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeConsent, welcomeTyped());
    const replies = await chat.say('what if i dont want to');
    expect(texts(replies)).toMatch(/If you say no/);
    expect(chat.step).toBe(Step.welcomeConsent);
  });

  it('"wait the school sees it?" at the consent: who sees it, in their words; consent asked again, nothing chosen', async () => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeConsent, welcomeTyped());
    const replies = await chat.say('wait the school sees it?');
    expect(texts(replies)).toMatch(/the school only sees/i);
    expect(texts(replies)).not.toMatch(/didn't catch|tap a button/i);
    expect(chat.step).toBe(Step.welcomeConsent);
  });

  it('"i dont want school to see it" at the consent: they choose what to share; never a no to keeping answers', async () => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeConsent, welcomeTyped());
    const replies = await chat.say('i dont want school to see it');
    expect(texts(replies)).toMatch(/You choose/);
    expect(texts(replies)).not.toMatch(/won't keep anything/);
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say('ok yes');
    expect(chat.step).toBe(Step.welcomeWho);
  });

  it.each(['i dont want teachers to see it', 'i dont want staff to see it'])('%j at the consent: never the answer about taking a name out', async (typed) => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeConsent, welcomeTyped());
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/take out any words|key worker sees your plan only if you share it/);
    expect(texts(replies)).not.toMatch(/won't keep anything/);
    expect(chat.step).toBe(Step.welcomeConsent);
  });

  it('"does this plan mean i have to go back to school" at the consent: a kind answer, then consent asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeConsent, welcomeTyped({ mode: 'Easy read' }));
    const replies = await chat.say('does this plan mean i have to go back to school');
    expect(texts(replies)).toMatch(/what you want/i);
    expect(texts(replies)).not.toMatch(/did not get that|Tap a button/i);
    expect(chat.step).toBe(Step.welcomeConsent);
  });

  it('"do i have to?? i dont want mum reading it" after "ask a parent or carer to sit with you": no, and the code question again', async () => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeInvite, welcomeTyped({ age: 'Year 5' }));
    const replies = await chat.say('do i have to?? i dont want mum reading it');
    expect(texts(replies)).toMatch(/No, you don't have to\./);
    expect(texts(replies)).not.toMatch(/have to answer/);
    expect(chat.step).toBe(Step.welcomeInvite);
  });

  it('"normal words please" and "yeah thats fine" still answer the welcome questions', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('normal words please');
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say('yeah thats fine');
    expect(chat.step).toBe(Step.welcomeWho);
  });
});
