import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

/* Who is chatting, said in the middle of the chat: kept as the welcome keeps it, said back, and the question asked of them. */
const standard = createWords().forMode('standard');
const said = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

describe('"I\'m his support worker" said in the middle of the chat', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["I'm his support worker", 'supporter', 'he'],
    ["i'm her carer", 'parent_carer', 'she'],
    ['this is his mum typing', 'parent_carer', 'he'],
  ] as const)('%j is kept as who is chatting, said back, and the question is asked about Sam', async (typed, who, pronoun) => {
    chat = await throughWelcome({ name: 'Sam' });
    await chat.say('I am kind and funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    const replies = await chat.say(typed);
    expect(said(replies)).toContain(standard('common:whoSaid', { name: 'Sam' }));
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect(chat.lastQuestion?.activity.text).toBe(standard('aboutMe:important.questionChild', { name: 'Sam' }));
    const draft = await chat.draft();
    expect(draft?.youngPerson).toMatchObject({ who, pronoun });
    expect(draft?.aboutMe.important).toEqual([]);
    await chat.say('trains and his nan');
    expect((await chat.draft())?.aboutMe.important).toEqual(['trains and his nan']);
  });

  it('"I\'m a young carer" is the young person\'s own answer, and who is chatting stays the same', async () => {
    chat = await throughWelcome({ name: 'Sam' });
    await chat.say('I am kind and funny');
    await chat.say("I'm a young carer");
    const draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('self');
    expect(draft?.aboutMe.important).toEqual(["I'm a young carer"]);
  });
});
