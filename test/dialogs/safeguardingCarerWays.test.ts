import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * A parent answering "what makes it hard?" with the child's fears, senses or behaviour is telling
 * the plan a need: the chat moves on without "Are you OK?". Someone frightening or hurting the
 * child inside such an answer is still answered: at once when the rules see it, with the gentle
 * check when only the classifier does.
 */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

/** A parent of a Reception child, at the first needs question. */
async function parentAtNeeds(): Promise<Transcript> {
  const c = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: 'Reception' });
  await c.say('he is funny and loves trains');
  await c.say('his trains and his mum');
  await c.say('talk slowly and show him pictures');
  await c.say('to play with other children');
  for (let i = 0; i < 6 && c.step?.startsWith('hopes.'); i++) await c.say('no');
  expect(c.step).toBe(Step.needsBarrier);
  return c;
}

describe("a parent's answer about the child's own fears and behaviour", () => {
  it.each([
    "he's scared of the flush at nursery because it's really loud",
    'he kicks and screams when we leave the park',
    "he can't cope with change and has big meltdowns",
    "he throws chairs when he can't cope in class",
    'she hits out when the room is noisy',
  ])('%j is kept as a need, with no gentle check', async (typed) => {
    chat = await parentAtNeeds();
    const replies = await chat.say(typed);
    expect(said(replies)).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(0);
    expect(draft?.needs.map((n) => n.text.toLowerCase()).join(' ')).toMatch(/flush|kicks|change|chairs|hits out/);
  });

  it("\"he's scared of his dad's belt\" is answered at once and flagged", async () => {
    chat = await parentAtNeeds();
    const replies = await chat.say("he's scared of his dad's belt");
    expect(said(replies)).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('"he gets scared at home when dad shouts" still gets the gentle check', async () => {
    chat = await parentAtNeeds();
    const replies = await chat.say('he gets scared at home when dad shouts');
    expect(said(replies)).toContain(GENTLE);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('a young person about themselves', () => {
  it('"i cant cope when everything changes" still gets the gentle check', async () => {
    chat = await throughWelcome({ name: 'Kai', age: 'year 8' });
    await throughAboutMe(chat);
    await chat.say('to go to college');
    for (let i = 0; i < 6 && chat.step?.startsWith('hopes.'); i++) await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    const replies = await chat.say('i cant cope when everything changes');
    expect(said(replies)).toContain(GENTLE);
  });
});

describe('pictures shown to the child, typed by a parent', () => {
  it('"he shows him pictures" at "what already helps?" is visual support: kept as help, no check and no flag', async () => {
    chat = await parentAtNeeds();
    await chat.say('he doesnt understand what is happening next');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('his teacher shows him pictures and he shows him pictures at home too');
    expect(said(replies)).not.toContain(GENTLE);
    expect(said(replies)).not.toMatch(/0800 1111/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs[0]?.helps).toEqual(['his teacher shows him pictures and he shows him pictures at home too']);
  });

  it('"he shows him pictures of naked people" is answered at once and flagged as sexual abuse', async () => {
    chat = await parentAtNeeds();
    const replies = await chat.say('he shows him pictures of naked people');
    expect(said(replies)).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });
});
