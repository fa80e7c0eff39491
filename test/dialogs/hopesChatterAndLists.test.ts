import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function atTheDream(): Promise<Transcript> {
  const chat = await throughWelcome({});
  await throughAboutMe(chat);
  return chat;
}

describe('laughing and chatting at the hopes questions is never kept as a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['haha', 'lol idk', 'hehe ok', 'ok cool 😂', 'hahaha lol'])('"%s" at the dream keeps nothing and asks again', async (typed) => {
    chat = await atTheDream();
    await chat.say(typed);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each(['hehe ok', 'lol', 'haha'])('"%s" at "another hope?" keeps nothing and asks again', async (typed) => {
    chat = await atTheDream();
    await chat.say('i want to be a chef');
    await chat.say(typed);
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a chef']);
  });

  it('"haha" is heard as laughing, not thanked as a kind word', async () => {
    chat = await atTheDream();
    const said = texts(await chat.say('haha'));
    expect(said).toContain("glad you're smiling");
    expect(said).not.toContain('kind of you');
  });

  it('"hehe i want to be a chef" keeps the hope without the laughing', async () => {
    chat = await atTheDream();
    await chat.say('hehe i want to be a chef');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a chef']);
  });
});

describe('a list of hard things with no verb, said at the hopes questions, is what is hard', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['reading and loud places', ['reading', 'loud places']],
    ['noise, crowds and changes', ['noise', 'crowds', 'changes']],
  ])('"%s" at "another hope?" is kept as needs, not a hope', async (typed, needs) => {
    chat = await atTheDream();
    await chat.say('i want to be a chef');
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain("I've kept it with the hard things, not as a hope");
    expect(chat.step).toBe(Step.hopesMore);
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['i want to be a chef']);
    expect(draft?.needs.map((n) => n.text)).toEqual(needs);
  });

  it('"reading and loud places" at the dream is asked about kindly, and kept with the hope that follows', async () => {
    chat = await atTheDream();
    const replies = await chat.say('reading and loud places');
    expect(texts(replies)).toContain('That sounds hard');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('to work with animals');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['to work with animals']);
    expect(draft?.needs.map((n) => n.text).join(' ')).toContain('loud places');
  });

  it('"football and drawing" is still a hope', async () => {
    chat = await atTheDream();
    await chat.say('i want to be a chef');
    await chat.say('football and drawing');
    expect((await chat.draft())?.needs).toEqual([]);
  });
});
