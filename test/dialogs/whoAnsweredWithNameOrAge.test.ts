import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn as texts, typedTo } from '../support/typedWay';

/*
 * Finn, 12, is asked "Who is chatting with me today?" and types his name, "finn". Then "12", then
 * "year 7". A name, an age under 26 or a school year typed there means "me, about myself": a name
 * is checked ("Are you Finn, chatting about yourself?") and kept, an age or year is kept, and
 * neither question is asked again. A parent saying who they are still works.
 */

const person = async (chat: Transcript) => (await chat.draft())!.youngPerson;

describe('a name, an age or a school year typed at "who is chatting?"', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['finn', 'Finn', 'Finn.'])('"%s" asks if it is Finn chatting about himself; yes keeps the name and asks the age', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/didn.t catch|did not get/i);
    expect(texts(replies)).toMatch(/Finn/);
    expect(chat.step).toBe(Step.welcomeWho);
    await chat.say('yes');
    expect(await person(chat)).toMatchObject({ who: 'self', name: 'Finn' });
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it.each(['me', 'myself', 'its me'])('"%s" means the young person at once, with no name check', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    expect(texts(await chat.say(typed))).not.toMatch(/chatting about yourself\?/);
    expect((await person(chat)).who).toBe('self');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('after two misses, a lone word is one more miss: the bot talks to them as the young person, never loops', async () => {
    chat = await typedTo(Step.welcomeWho);
    for (const typed of ['hmm', 'eh', 'asdf']) await chat.say(typed);
    expect(texts(await chat.say('zzz'))).toMatch(/talk to you as the young person/);
    expect((await person(chat)).who).toBe('self');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('at "Are you Finn?", words that are neither yes nor no count as misses, so the chat moves on', async () => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say('finn');
    for (const typed of ['hmm', 'eh', 'zzz', 'hmm']) await chat.say(typed);
    expect((await person(chat)).who).toBe('self');
    expect(chat.step).not.toBe(Step.welcomeWho);
  });

  it('"no" to "Are you Finn?" asks who is chatting again, and "im his mum" still works', async () => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say('finn');
    await chat.say('no');
    expect(chat.step).toBe(Step.welcomeWho);
    await chat.say('im his mum');
    expect((await person(chat)).who).toBe('parent_carer');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('"im his mum" typed at "Are you Finn?" is a parent chatting', async () => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say('finn');
    await chat.say('no im his mum');
    expect((await person(chat)).who).toBe('parent_carer');
  });

  it.each([
    ['12', { age: 12 }],
    ['year 7', { schoolYear: 7 }],
    ['im in yr 7', { schoolYear: 7 }],
    ['15 years old', { age: 15 }],
  ])('"%s" is the young person, and the age is kept and not asked again', async (typed, age) => {
    chat = await typedTo(Step.welcomeWho);
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/didn.t catch|did not get/i);
    expect((await person(chat)).who).toBe('self');
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('Finn');
    expect(chat.step).not.toBe(Step.welcomeAge);
    expect(await person(chat)).toMatchObject({ name: 'Finn', ...age });
  });

  it.each(['im his mum', 'my son'])('"%s" is still a parent chatting', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say(typed);
    expect((await person(chat)).who).toBe('parent_carer');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it.each(['30', 'dunno', 'what', 'hes 6'])('"%s" is not read as a name or an age of the one chatting', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/Are you/);
    expect(chat.step).toBe(Step.welcomeWho);
  });
});
