import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Safeguarding as people met it when they chatted with the bot, typed in their own words: what
 * must be flagged, what the safeguarding lead gets to read, and what is said back.
 */

const standard = createWords().forMode('standard');
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function youngPersonAtTheirDream(age = '14'): Promise<Transcript> {
  chat = await throughWelcome({ name: 'Sam', age });
  await throughAboutMe(chat);
  return chat;
}

const categories = async (chat: Transcript) => ((await chat.draft())?.flags ?? []).map((f) => f.category);

describe('a threat said in fun beside an injury', () => {
  it('is flagged as harm from others at once, never kept as a hope', async () => {
    const chat = await youngPersonAtTheirDream();
    const replies = await chat.say("they said they'd kill me if I get detention again... I have bruises on my arms");
    expect(await categories(chat)).toEqual(['harm_from_others']);
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });
});

describe('wanting to protect someone at home from a person there', () => {
  it('as a hope, is flagged as domestic abuse, and "he hurts her" after carrying on is heard as the same worry', async () => {
    const chat = await youngPersonAtTheirDream();
    const replies = await chat.say('I hope one day I can protect my mum from her bf');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    const again = await chat.say('he hurts her when he drinks');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(said(again)).toContain(standard('safeguarding:reminder.noLead'));
  });

  it('at a question about what matters to them, is flagged the same way', async () => {
    chat = await throughWelcome({ name: 'Sam', age: '15' });
    await chat.say('I like drawing');
    await chat.say('i want to look after my mum because her boyfriend is horrible to her');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

async function parentOf(name: string, age: string): Promise<Transcript> {
  chat = await throughWelcome({ who: 'A parent or carer', name, age });
  return chat;
}

describe("a parent telling of other children's unkindness to their child", () => {
  it('"other children say she smells" is flagged as bullying with the words for a parent', async () => {
    const chat = await parentOf('Mia', '8');
    await chat.say('she is kind and funny');
    await chat.say('her cat and her nan');
    const replies = await chat.say('other children say she smells');
    expect(await categories(chat)).toEqual(['bullying']);
    expect(said(replies)).toContain(standard('safeguarding:parent.bullying.heard'));
    expect(said(replies)).not.toContain(standard('safeguarding:childline'));
  });

  it('"the other kids won\'t sit with him because of his clothes" is flagged as bullying', async () => {
    const chat = await parentOf('Leo', '9');
    await chat.say('he is clever');
    await chat.say("the other kids won't sit with him because of his clothes");
    expect(await categories(chat)).toEqual(['bullying']);
  });

  it('the child\'s own sensory needs are answers, never a worry', async () => {
    const chat = await parentOf('Mia', '8');
    await chat.say('she is kind and funny');
    await chat.say('she hates the smell of the dinner hall');
    await chat.say("she won't sit with the other kids at lunch because it's too loud");
    expect(await categories(chat)).toEqual([]);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('after "I\'m OK" at a gentle check', () => {
  it('a later disclosure is still asked after, and flagged when they are not OK', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('everything is too much and i dont really sleep');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im ok');
    expect(chat.step).toBe(Step.hopesMore);
    const check = await chat.say('I have bruises on my arms');
    expect(said(check)).toContain(standard('safeguarding:gentle.question'));
    await chat.say('not really');
    expect(await categories(chat)).toEqual(['harm_from_others']);
  });

  it('a sure disclosure is flagged at once', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('everything is too much and i dont really sleep');
    await chat.say('yeah im ok');
    await chat.say('no');
    await chat.say('my uncle touches me and says its our secret');
    expect(await categories(chat)).toEqual(['sexual_abuse']);
  });

  it('more worry of the kind they said they were OK with is not asked after again', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('everything is too much and i dont really sleep');
    await chat.say('yeah im ok');
    const replies = await chat.say('i cant cope with exams');
    expect(said(replies)).not.toContain(standard('safeguarding:gentle.question'));
  });
});
