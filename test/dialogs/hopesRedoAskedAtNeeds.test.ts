import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Margaret, at the questions about what makes Ellie-May's hopes hard, asks to put the hopes right:
 * "I think you have got that muddled", "Please may I write the hopes again?". Never a need: the
 * hopes are shown by number, which one to change is asked, and the same question waits.
 */
describe('asking to put the hopes right at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'I am sorry but I think you have got that muddled. Her hopes are: talking, friends, swimming and a little job. The most important one is talking.',
    'Please may I write the hopes again?',
    'Can we go back to the hopes please?',
  ])('"%s" is never a need', async (said) => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Ellie-May', age: 'Year 1' });
    await throughAboutMe(chat);
    await chat.say('I should like her to learn to swim and to make friends and be invited to tea');
    await typeUntil(chat, Step.needsBarrier, { [Step.hopesMore]: 'no thank you' });
    expect(chat.step).toBe(Step.needsBarrier);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    const replies = await chat.say(said);
    expect((await chat.draft())!.needs).toEqual([]);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(hopes);
    expect(saidIn(replies)).toMatch(/1: "[^"]+"[\s\S]*Which one should I change/);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});
