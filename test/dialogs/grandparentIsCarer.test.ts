import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Ray, 68, raising his granddaughter Lily (7). A grandparent, foster carer, aunt or step-parent
 * raising a child answers as a parent or carer; at "How old is Lily?" his own age is never hers, and
 * "do you mean Lily?" is answered about Lily, never "your age".
 */

const LILY = { who: 'A parent or carer', name: 'Lily' } as const;

describe('a grandparent or other family carer chatting for a child', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['I am Ray, her Grandad', 'I am her foster carer', 'Im her aunt, she lives with me', 'step mum'])('%j at "who is chatting?" is a parent or carer', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.who).toBe('parent_carer');
  });

  it('"do you mean Lily?" at the age question is answered about Lily, and her age is asked again', async () => {
    chat = await typedTo(Step.welcomeAge, LILY);
    const replies = await chat.say('I am Ray, her Grandad… do you mean Lily?');
    expect(saidIn(replies)).not.toMatch(/\bYour age\b/);
    expect(saidIn(replies)).toMatch(/How old is Lily\?/);
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it.each(['Ha no I am 68!', "I'm 54 myself", 'im 71'])('%j is the carer\'s own age: not kept, Lily\'s age asked again, then her age is kept', async (typed) => {
    chat = await typedTo(Step.welcomeAge, LILY);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/Lily's age/);
    expect(saidIn(replies)).toMatch(/How old is Lily\?/);
    expect((await chat.draft())?.youngPerson.age).toBeUndefined();
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('she is 7');
    expect((await chat.draft())?.youngPerson.age).toBe(7);
  });

  it('leave alone: a young person speaking for themselves who says "im 19" is 19', async () => {
    chat = await typedTo(Step.welcomeAge);
    await chat.say('im 19');
    expect((await chat.draft())?.youngPerson.age).toBe(19);
  });

  it.each(['change the name to Lily. Ray is me, her Grandad.', 'change the name to Lily. I am her nan.', "change the name to Lily. That's me, I'm her grandad."])(
    '%j at the first hope: the name is put right, and who is chatting is never a hope',
    async (typed) => {
      chat = await typedTo(Step.hopesDream, { who: 'A parent or carer', name: 'Ray', age: '7' });
      await chat.say(typed);
      const draft = await chat.draft();
      expect(draft?.youngPerson.name).toBe('Lily');
      expect(draft?.aspirations).toEqual([]);
      expect(chat.step).toBe(Step.hopesDream);
    },
  );

  it('leave alone: a hope beside the name put right is still kept', async () => {
    chat = await typedTo(Step.hopesDream, { who: 'A parent or carer', name: 'Ray', age: '7' });
    await chat.say('her name is Lily not Ray. I want her to join Brownies.');
    expect((await chat.draft())?.aspirations.map((a) => a.text).join(' ')).toMatch(/Brownies/);
  });
});

describe('a grandparent who first tapped "someone helping me"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['I am Ray, her Grandad.', "I'm Jo, his foster carer", 'Im Sue, her aunt'])('%j at the name question makes them a parent or carer', async (typed) => {
    chat = await typedTo(Step.welcomeName, { who: 'Someone helping me' });
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.who).toBe('parent_carer');
  });

  it('leave alone: "I am Ray, her support worker" stays someone helping', async () => {
    chat = await typedTo(Step.welcomeName, { who: 'Someone helping me' });
    await chat.say('I am Ray, her support worker');
    expect((await chat.draft())?.youngPerson.who).toBe('supporter');
  });
});
