import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/*
 * Marcy (14, Year 9) told "my mums new boyfriend gets weird when hes been drinking so i stay in my
 * room". Later she asked who the safeguarding lead is and whether someone will come to her house.
 * Each time: a short, true answer (who they are, what happens next, that this chat sends nobody,
 * 999 in danger), never kept as a hope, and the question asked again.
 */

const said = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');
const LEAD_ANSWER = /safeguarding lead is a person at your school or service[\s\S]*keep young people safe[\s\S]*talk with you first[\s\S]*does not send anyone to your house[\s\S]*999/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function toldAndCarriedOn(): Promise<{ chat: Transcript; told: string }> {
  chat = await Transcript.start({ today: TODAY, safeguarding: 'lead' });
  for (const m of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Marcy', 'year 9', 'No code']) await chat.say(m);
  const told = said(await chat.say('my mums new boyfriend gets weird when hes been drinking so i stay in my room'));
  return { chat, told };
}

async function atHopes(): Promise<Transcript> {
  const { chat } = await toldAndCarriedOn();
  for (const m of ['yeah im fine', 'carry on', 'im funny i guess', 'drawing and my cat', 'dont talk to me loads', 'yeah']) await chat.say(m);
  return chat;
}

describe('a parent\'s partner who changes with drink, and she hides', () => {
  it('is heard as harm at home, never as exploitation', async () => {
    const { chat, told } = await toldAndCarriedOn();
    expect(told).toMatch(/not your fault/);
    expect(told).toMatch(/Are you safe right now\?/);
    const concerns = await chat.concerns?.list();
    expect(concerns?.map((c) => c.category)).toEqual(['harm_from_others']);
  });
});

describe('"whats a safeguarding lead" and "will someone come to my house" after the note', () => {
  it('at "Are you safe right now?": the lead answer, then the same question', async () => {
    const { chat } = await toldAndCarriedOn();
    const words = said(await chat.say('whats a safeguarding lead'));
    expect(words).toMatch(LEAD_ANSWER);
    expect(words).not.toMatch(/Sorry, I missed your question|What would you like to ask/);
    expect(words).toMatch(/Are you safe right now\?$/);
  });

  it.each([
    'u keep saying safeguarding lead. who is that. are they gonna come to my house',
    'ok but will someone come to my house because of what i said about him',
    'hello?? will someone come to my house',
    'who is the safeguarding lead and will they come to my house',
  ])('at the hopes question, "%s": answered, never kept as a hope', async (typed) => {
    const chat = await atHopes();
    const words = said(await chat.say(typed));
    expect(words).toMatch(LEAD_ANSWER);
    expect(words).not.toMatch(/one of your hopes|let's carry on/i);
    expect(words).toMatch(/What are your hopes and dreams\?$/);
    const draft = await chat.draft();
    expect(JSON.stringify(draft?.aspirations ?? [])).not.toMatch(/house/);
  });

  it.each([
    'will someone come to my house. he hits me when hes drunk',
    'who is the safeguarding lead. my uncle touched me last night',
  ])('a new disclosure beside it is still heard: "%s"', async (typed) => {
    const chat = await atHopes();
    const words = said(await chat.say(typed));
    expect(words).toMatch(/0800 1111|999|Are you (?:safe|OK)/);
    expect(JSON.stringify((await chat.draft())?.aspirations ?? [])).not.toMatch(/house|uncle/);
  });
});
