import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Marcus, 18, types fast and puts a kept hope right in the middle of other questions. The hope he
 * means is changed, the bot says so, and the open question is asked again; nothing he says about
 * the hope is kept as a need, as help, or as a new hope.
 */

const TODAY = '2026-12-03';
const CHEF: SeedHope = { text: 'work in a proper restaurant kitchen like a chef', theme: 'learning_and_work', needs: [] };
const ARSENAL: SeedHope = { text: 'go to arsenal games with my mates', theme: 'friends_and_community', needs: [] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)?.step).map((a) => a.text ?? '').join('\n');

async function atNeeds(hopes: SeedHope[], index: number, step: StepId = Step.needsBarrier): Promise<Transcript> {
  const { chat } = await startWith({ today: TODAY, name: 'Marcus', age: 18, hopes, at: (d) => ({ stage: 'needs', step, topic: d.aspirations[index]!.id }) });
  return chat;
}

describe('a hope put right at any question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no thats not a hope lol i was asking. my hope is ..." at "another hope?" changes the last hope, never reads a no', async () => {
    chat = await throughWelcome({ name: 'Marcus', age: '18' });
    await throughAboutMe(chat);
    await chat.say('i wanna work in a proper restaurant kitchen');
    await chat.say('sleep better');
    const replies = await chat.say('no thats not a hope lol i was asking. my hope is living on my own in a flat');
    expect(texts(replies)).toMatch(/changed the hope to "living on my own in a flat"/);
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['i wanna work in a proper restaurant kitchen', 'living on my own in a flat']);
  });

  it('"thats not a hope… can u change it to ..." at what makes it hard changes that hope and asks again, keeping no need', async () => {
    chat = await atNeeds([CHEF, { text: 'wait did u get the flat bit too', theme: null, needs: [] }], 1);
    const replies = await chat.say('thats not a hope… can u change it to living on my own in a flat');
    expect(texts(replies)).toMatch(/changed the hope to "living on my own in a flat"/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.activity.text).toContain('living on my own in a flat');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([CHEF.text, 'living on my own in a flat']);
    expect(draft.needs).toEqual([]);
  });

  it('new words in text-speak are said back spelled out, as the next question quotes them; the plan keeps them as typed', async () => {
    chat = await atNeeds([CHEF, { text: 'wait did u get the flat bit too', theme: null, needs: [] }], 1);
    const replies = await chat.say('thats not a hope… can u change it to i wna live in a flat wiv my m8s');
    expect(texts(replies)).toMatch(/changed the hope to "I want to live in a flat with my m8s"/);
    expect(chat.lastQuestion?.activity.text).toContain('I want to live in a flat with my m8s');
    expect((await chat.draft())!.aspirations[1]!.text).toBe('i wna live in a flat wiv my m8s');
  });

  it('"actually… arsenal tickets are way too expensive… change that one to ..." replaces the hope asked about, kept as no need', async () => {
    chat = await atNeeds([CHEF, ARSENAL], 1);
    await chat.say('actually… arsenal tickets are way too expensive… change that one to getting the bus to 5 a side');
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([CHEF.text, 'getting the bus to 5 a side']);
    expect(draft.needs).toEqual([]);
  });

  it('"no i mean the hope is wrong" at what helps asks what it should say, and keeps nothing as help', async () => {
    const { chat: started } = await startWith({
      today: TODAY, name: 'Marcus', age: 18, hopes: [{ ...ARSENAL, needs: ['tickets cost loads'] }],
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
    });
    chat = started;
    const replies = await chat.say('no i mean the hope is wrong');
    expect(texts(replies)).toMatch(/What should "go to arsenal games with my mates" say/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });

  it('"did u change it? i dont want the arsenal one anymore" takes the hope out after a yes, never kept as a need', async () => {
    chat = await atNeeds([CHEF, ARSENAL], 1);
    const replies = await chat.say('did u change it? i dont want the arsenal one anymore');
    expect(saidIn(replies)).toMatch(/take out "go to arsenal games with my mates"/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([CHEF.text]);
    expect(draft.needs).toEqual([]);
  });

  it('after it was changed, "i dont want the arsenal one anymore" says what the hope says now and keeps nothing', async () => {
    chat = await atNeeds([CHEF, ARSENAL], 1);
    await chat.say('change that one to getting the bus to 5 a side');
    const replies = await chat.say('did u change it? i dont want the arsenal one anymore');
    expect(texts(replies)).toMatch(/says "getting the bus to 5 a side"/);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([CHEF.text, 'getting the bus to 5 a side']);
    expect(draft.needs).toEqual([]);
  });
});
