import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, typedTo } from '../support/typedWay';

/*
 * Jade, 24, chats with Bev, her support worker, beside her. At "who is chatting?" she types "its
 * bev. shes my suport worker not key worker is that the same": she is the one typing, so the chat
 * is hers. Someone else is chatting only when they say they are. "no its me typing. im jade" puts
 * it right and keeps her name; "i havnt got a child" at a parent's question does too, and the
 * question is asked again, of her.
 */

const who = async (chat: Transcript) => (await chat.draft())!.youngPerson;

describe('who is typing, said in her own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"its bev. shes my suport worker ..." at who is chatting is Jade herself', async () => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say('its bev. shes my suport worker not key worker is that the same');
    expect((await who(chat)).who).toBe('self');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('"im her support worker" is still a supporter chatting', async () => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say('im her support worker');
    expect((await who(chat)).who).toBe('supporter');
  });

  it('"no its me typing. im jade" at the name question makes the chat hers and keeps the name Jade', async () => {
    chat = await typedTo(Step.welcomeName, { who: 'Someone helping me' });
    expect((await who(chat)).who).toBe('supporter');
    const replies = await chat.say('no its me typing. im jade');
    expect(texts(replies)).not.toMatch(/won.t use a name/i);
    expect(await who(chat)).toMatchObject({ who: 'self', name: 'Jade' });
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it('"my name is jade" at the age question keeps the name and asks the age again', async () => {
    chat = await typedTo(Step.welcomeName);
    await chat.say('rather not say');
    expect(chat.step).toBe(Step.welcomeAge);
    const replies = await chat.say('my name is jade');
    expect(texts(replies)).not.toMatch(/type an age/i);
    expect((await who(chat)).name).toBe('Jade');
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it.each(['i havnt got a child', 'im not a parent'])('"%s" at a parent\'s question makes the chat hers and asks the question again', async (typed) => {
    chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name: 'Jade', age: '24' });
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.youngPerson).toMatchObject({ who: 'self', name: 'Jade' });
    expect(draft.aboutMe.strengths).toEqual([]);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });
});
