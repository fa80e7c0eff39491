import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * While an outcome is being made, "stop" may mean the outcome or the whole chat: words naming the
 * outcome leave it, words naming the chat end it with a code, and a bare "stop" asks which.
 */
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const start = () =>
  startWith({ today: '2026-12-02', name: 'Lily', age: 14, schoolYear: 9, hopes: [{ text: 'get the bus to college', theme: 'independent_living', needs: ['I panic when it is busy'] }] });

async function atMeasure(): Promise<Transcript> {
  const { chat } = await start();
  await chat.say('i will get the bus into town with a friend');
  await chat.say('by the end of year 10');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('"stop" while an outcome is being made', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can we stop this one', 'i wanna stop doing this goal'])('"%s" is about the outcome: the chat goes on', async (typed) => {
    chat = await atMeasure();
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/code to come back/i);
    expect(texts(replies)).toMatch(/leave this outcome out/i);
  });

  it.each(['stop', 'can we stop now', 'i want to stop pls'])('"%s" asks whether they mean this outcome or the chat', async (typed) => {
    chat = await atMeasure();
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/code to come back/i);
    expect(texts(replies)).toMatch(/stop this outcome, or stop chatting for now\?/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('"just this goal" leaves the outcome out and offers another', async () => {
    chat = await atMeasure();
    await chat.say('stop');
    const replies = await chat.say('just this goal');
    expect(texts(replies)).toMatch(/left that one out/);
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('"the chat, I will come back later" saves with a code, and the question is asked again on return', async () => {
    chat = await atMeasure();
    await chat.say('can i stop');
    const replies = await chat.say('the chat, i will come back later');
    expect(texts(replies)).toMatch(/code to come back/i);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(JSON.stringify(draft)).not.toMatch(/come back later|can i stop/);
    await chat.say('my friend will tell my mum');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('my friend will tell my mum');
  });

  it('"keep going" carries on with the question they were at', async () => {
    chat = await atMeasure();
    await chat.say('stop it');
    await chat.say('no keep going');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my friend will tell my mum');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('my friend will tell my mum');
  });

  it('"stop the chat please" is clear: saved with a code, and nothing kept from it', async () => {
    chat = await atMeasure();
    const replies = await chat.say('stop the chat please');
    expect(texts(replies)).toMatch(/code to come back/i);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/stop the chat/);
  });
});

/*
 * Jordan (22, easy read) types the choices in his own few words. After "this is borin" the bot says
 * "Just say stop", so "stop now pls" then stops the chat; at "stop this goal or stop chatting?",
 * "yes carry on" and "carry on pls" carry on, and "stop now pls" stops the chat.
 */
describe('the carry-on and stop choices, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const jordan = async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Jordan', age: 22, hopes: [{ text: 'get a paid job', theme: 'learning_and_work', needs: [] }] }));
    await chat.say('easy read');
    return chat;
  };

  it('"stop now pls" after being told "just say stop" saves and gives the code, never asks which', async () => {
    await jordan();
    await chat.say('this is borin');
    const replies = texts(await chat.say('stop now pls'));
    expect(replies).toMatch(/Your code is/);
    expect(replies).not.toMatch(/stop this goal\?/);
  });

  it('"can we stop now" without that still asks which stop is meant, while a goal is being made', async () => {
    await jordan();
    await chat.say('get a job in a shop');
    const replies = texts(await chat.say('can we stop now'));
    expect(replies).toMatch(/stop this goal\?/);
  });

  it.each(['yes carry on', 'carry on pls'])('"%s" at "stop this goal or stop chatting?" carries on, keeping the goal', async (typed) => {
    await jordan();
    await chat.say('get a job in a shop');
    await chat.say('stop');
    const replies = texts(await chat.say(typed));
    expect(replies).toMatch(/carry on/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('"stop now pls" at "stop this goal or stop chatting?" stops the chat', async () => {
    await jordan();
    await chat.say('get a job in a shop');
    await chat.say('stop');
    expect(texts(await chat.say('stop now pls'))).toMatch(/Your code is/);
  });
});
