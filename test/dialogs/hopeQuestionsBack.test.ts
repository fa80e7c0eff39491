import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript, outcomesOf } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const TWO_HOPES = 'i wanna work in a proper restaurant kitchen like a chef not just chips and live on my own one day in my own flat';

async function atDream(): Promise<Transcript> {
  const chat = await throughWelcome({ name: 'Marcus', age: '18' });
  await throughAboutMe(chat);
  return chat;
}

const readBackOf = (replies: Awaited<ReturnType<Transcript['say']>>) =>
  replies.filter((a) => !outcomesOf(a)?.step).map((a) => a.text ?? '').join('\n');

describe('questions back about what was kept, typed at "another hope?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a message with a job and a home is kept as two hopes, each read back whole', async () => {
    chat = await atDream();
    const replies = await chat.say(TWO_HOPES);
    const texts = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(texts).toEqual(['i wanna work in a proper restaurant kitchen like a chef not just chips', 'live on my own one day in my own flat']);
    expect(readBackOf(replies)).toContain('like a chef not just chips');
    expect(readBackOf(replies)).toContain('live on my own one day in my own flat');
    expect(readBackOf(replies)).not.toContain('…');
  });

  it.each(['wait did u get the flat bit too', 'did you get the flat part', 'did u save that'])('"%s" is answered with the hope kept, and never kept as a hope', async (typed) => {
    chat = await atDream();
    await chat.say(TWO_HOPES);
    expect(chat.step).toBe(Step.hopesMore);
    const replies = await chat.say(typed);
    expect(readBackOf(replies)).toMatch(/kept "live on my own one day in my own flat"/);
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toHaveLength(2);
  });

  it('"did u get that" after a hope in text-speak quotes it spelled out, as the questions do; the plan keeps it as typed', async () => {
    chat = await atDream();
    await chat.say('i wna live in a flat wiv my m8s');
    const replies = await chat.say('did u get that');
    expect(readBackOf(replies)).toMatch(/kept "I want to live in a flat with my m8s"/);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['i wna live in a flat wiv my m8s']);
  });

  it('a long hope read back is cut where a clause ends, never mid-phrase', async () => {
    chat = await atDream();
    const long = 'i want to be a proper chef in a big restaurant in london with loads of people, cos cooking is the thing im best at and my tutor says so';
    const replies = await chat.say(long);
    // The town keeps its capital letter; every other word is kept as typed.
    expect(readBackOf(replies)).toContain('I want to be a proper chef in a big restaurant in London with loads of people…');
    expect((await chat.draft())!.aspirations[0]!.text).toBe(long.replace('london', 'London'));
  });

  it('a hope that repeats part of an earlier one is said to be kept already, and kept once', async () => {
    chat = await atDream();
    await chat.say('i wanna work in a proper restaurant kitchen like a chef not just chips, and live on my own one day in my own flat with a big kitchen and my dog');
    const before = (await chat.draft())!.aspirations.length;
    await chat.say('yes');
    const replies = await chat.say('live on my own in a flat');
    expect(readBackOf(replies)).toMatch(/told me that hope already/);
    expect((await chat.draft())!.aspirations).toHaveLength(before);
  });
});
