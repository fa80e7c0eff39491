import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A young person answers "Who is chatting to me now?" by saying it is them and not the adult who set
 * the chat up: "me. not my mum for once". They are the young person, no name is read from the words
 * about the adult, and the name question comes next as usual.
 */
describe('"not my mum" at the who question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['me. not my mum for once', 'me not mum this time', 'its me, my dad set it up', 'not my dad for once lol', 'my mum set it up but im doing it myself', 'mum set this up, its me doing it', 'my dad set it up but im doing it on my own'])('"%s" is the young person, and their name is asked', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/Once|Time|Dad\b|Mum\b/);
    expect(chat.step).toBe(Step.welcomeName);
    const person = (await chat.draft())!.youngPerson;
    expect(person.who).toBe('self');
    expect(person.name).toBeUndefined();
  });

  it('"my mum is doing it for me" (a near miss) is not read as the young person alone', async () => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say('my mum is doing it for me');
    expect((await chat.draft())!.youngPerson.who).not.toBe('self');
  });
});
