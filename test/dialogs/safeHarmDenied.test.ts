import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const CRISIS = /116 123|0800 1111|999/;
const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

async function atSafeQuestion(): Promise<Transcript> {
  const chat = await throughWelcome({ name: 'Priya', age: '19' });
  await chat.say('people say im really organised and i make good cakes');
  await chat.say('my cat biscuit and baking');
  await chat.say('tell me whats happening before it happens');
  expect(chat.step).toBe(Step.aboutMeSafe);
  return chat;
}

describe('harm named only to deny it, at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"mostly yeah. college is loud but thats not unsafe": no crisis answer and no flag; the noise is kept as something hard', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('mostly yeah. college is loud but thats not unsafe');
    expect(textOf(replies)).not.toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/loud/);
  });

  it('"Yes. The canteen at college is too loud though. That is not unsafe it is just loud.": no crisis answer and no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('Yes. The canteen at college is too loud though. That is not unsafe it is just loud.');
    expect(textOf(replies)).not.toMatch(/Thank you for telling me/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"no dont add that. i ment change brakes to breaks" (about the answer before) is not an answer: no crisis answer, no flag, asked again', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('no dont add that. i ment change brakes to breaks');
    expect(textOf(replies)).not.toMatch(/Thank you for telling me/);
    expect((await chat.draft())?.flags).toEqual([]);
    expect(chat.step).toBe(Step.aboutMeSafe);
  });

  it('leave alone: "no. i mean not at school" is still "not always", with the answer and a flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('no. i mean not at school');
    expect(textOf(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags.length).toBe(1);
  });

  it('"yeah nobody hurts me, i just get lonely": a yes with a feeling, no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yeah nobody hurts me, i just get lonely sometimes');
    expect(textOf(replies)).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"yeah im not scared at home but people at college hit me": the harm beside the denial still gets the answer and a flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yeah im not scared at home but people at college hit me');
    expect(textOf(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
