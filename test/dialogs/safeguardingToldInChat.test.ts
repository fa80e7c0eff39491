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
