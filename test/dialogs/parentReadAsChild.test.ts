import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A mum typed "its me his mum, hes only 4" at "Who is chatting with me today?" and was asked her
 * own name, then told to ask a parent to sit with her. "me" followed by who they are to the child
 * is a parent; and "no im his mum not alfie" said later puts it right without losing the answer.
 */

describe('a parent who starts with "its me"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"its me his mum, hes only 4" is a parent, asked about her son', async () => {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const typed of ['normal is fine', 'yeah go on']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeWho);
    await chat.say('its me his mum, hes only 4');
    expect((await chat.draft())?.youngPerson.who).toBe('parent_carer');
    expect(chat.step).toBe(Step.welcomeName);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/call you/i);
  });

  it('"no im his mum not alfie. hes 4" at the age question puts who is chatting right and keeps the age', async () => {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const typed of ['normal is fine', 'yeah go on', 'me', 'alfie']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeAge);
    const replies = await chat.say('no im his mum not alfie. hes 4');
    const draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('parent_carer');
    expect(draft?.youngPerson.name).toBe('Alfie');
    expect(draft?.youngPerson.age).toBe(4);
    expect(replies.map((a) => a.text ?? '').join(' ')).toMatch(/ask about Alfie/);
    expect(replies.map((a) => a.text ?? '').join(' ')).not.toMatch(/sit with you/i);
  });

  it('"no im his mum not alfie. he loves trains" at the dream puts who is chatting right, and is never asked "Are you OK?"', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'alfie', age: 'year 3' });
    const replies = await chat.say('no im his mum not alfie. he loves trains');
    expect((await chat.draft())?.youngPerson.who).toBe('parent_carer');
    expect(saidIn(replies)).not.toMatch(/are you ok/i);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
