import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * Femi, Grace's father (English is his second language), at "What would it provide?": he asks
 * about the word before he answers. The question is explained in everyday words; his words about
 * the question are never kept as help for Grace.
 */

const GRACE = { name: 'Grace', age: 4, schoolYear: -1 };
const TALK = { text: 'We pray that Grace will talk more', theme: 'learning_and_work' as const, needs: ['her mouth muscles are weak'] };

let chat: Transcript;
afterEach(async () => chat?.close());

async function atProvides(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(GRACE, [TALK])));
  await chat.say('Grace will use two words together to ask for things, like more juice.');
  await chat.say('in 6 months');
  await chat.say('we will hear her say two words together at home and at nursery');
  await chat.say('She will not be so frustrated.');
  await chat.say('Then she can make short sentences.');
  expect(chat.step).toBe(Step.outcomeProvides);
  return chat;
}

const help = async () => (await chat.draft())?.outcomes[0]?.provision.map((p) => p.text) ?? [];

describe('a question about the word "provide"', () => {
  it('with the answer beside it: explained, and only the help is kept', async () => {
    await atProvides();
    const replies = texts(
      await chat.say(
        "Sorry, provide, I don't understand this question well. You mean what help she needs? She needs the speech therapist more often, maybe every month not every 6 months, and the nursery staff to know Makaton and practise words with her every day.",
      ),
    );
    expect(replies).toMatch(/What help would Grace need\? For example/);
    expect(await help()).toEqual(['the speech therapist more often, maybe every month not every 6 months', 'the nursery staff to know Makaton and practise words with her every day']);
  });

  it('on its own: explained, the question asked again, nothing kept', async () => {
    await atProvides();
    const replies = texts(await chat.say("Sorry, provide, I don't understand this question well. You mean what help she needs?"));
    expect(replies).toMatch(/For example/);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect(await help()).toEqual([]);
  });

  it('leave alone: "she doesnt understand the question when people talk fast, so an adult to slow down" keeps the help', async () => {
    await atProvides();
    await chat.say('an adult who talks slowly, because she does not understand the question when people talk fast');
    expect((await help()).join(' ')).toMatch(/talks slowly/);
  });
});
