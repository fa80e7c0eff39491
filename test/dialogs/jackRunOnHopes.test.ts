import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Jack uses voice to text: long messages with no stops. Two hopes each started with "i want" are two
 * hopes, however long the message. A question about what was kept ("did you get the job one as well
 * ...", "ok so what hopes have you got for me so far") is answered and never kept. A job said again
 * after it was stuck on the end of the flat hope is a hope of its own.
 */

const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atDream(): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Jack', age: '22' });
  await throughAboutMe(c);
  expect(c.step).toBe(Step.hopesDream);
  return c;
}

const RUN_ON = 'i want to live in my own flat with some support and i want to get a job in IT support like on a help desk thats my main one';

describe('dictated hopes, with no stops', () => {
  it('two "i want" hopes joined by "and" are kept as two, and questions about them are answered, never kept', async () => {
    chat = await atDream();
    await chat.say(RUN_ON);
    const two = await hopesOf(chat);
    expect(two).toHaveLength(2);
    expect(two[0]).toMatch(/own flat/);
    expect(two[0]).not.toMatch(/job/);
    expect(two[1]).toMatch(/job in IT support/);
    expect(chat.step).toBe(Step.hopesMore);

    let replies = await chat.say('did you get the job one as well the IT support job thats like my main one thats a separate thing from the flat');
    expect(saidIn(replies)).toMatch(/Yes, I kept it/);
    expect(saidIn(replies)).toMatch(/IT support/);
    expect(await hopesOf(chat)).toEqual(two);
    expect(chat.step).toBe(Step.hopesMore);

    replies = await chat.say('ok so what hopes have you got for me so far');
    expect(saidIn(replies)).toMatch(/own flat/);
    expect(saidIn(replies)).toMatch(/IT support/);
    expect(await hopesOf(chat)).toEqual(two);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"did you get the job one as well ..." when only the flat was kept says the job is not kept yet, and keeps nothing', async () => {
    chat = await atDream();
    await chat.say('i want to live in my own flat with some support');
    expect(await hopesOf(chat)).toHaveLength(1);
    const replies = await chat.say('did you get the job one as well the IT support job thats like my main one thats a separate thing from the flat');
    expect(saidIn(replies)).toMatch(/haven't kept a hope about/);
    expect(await hopesOf(chat)).toHaveLength(1);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('a job hope after the flat hope is kept, though both say "support"', async () => {
    chat = await atDream();
    await chat.say('i want to live in my own flat with some support');
    await chat.say('yes');
    const replies = await chat.say('my hope is get a job in IT support like on a help desk');
    expect(saidIn(replies)).not.toMatch(/told me that hope already/);
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(2);
    expect(hopes[1]).toMatch(/job in IT support/);
  });

  it('the job said again after it was kept stuck on the end of a long flat hope is a hope of its own', async () => {
    chat = await atDream();
    await chat.say('i want to live in my own flat with some support from my mum and my carers and get a job in IT support like on a help desk thats my main one');
    expect(await hopesOf(chat)).toHaveLength(1);
    await chat.say('yes');
    const replies = await chat.say('my hope is get a job in IT support like on a help desk');
    expect(saidIn(replies)).not.toMatch(/told me that hope already/);
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/own flat/);
    expect(hopes[0]).not.toMatch(/job/);
    expect(hopes[1]).toMatch(/job in IT support/);
  });
});
