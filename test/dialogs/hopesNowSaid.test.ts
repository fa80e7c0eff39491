import { saysHowThingsAreNow } from '../../src/language/howThingsAreNow';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const FOLLOW_UP = "That's good to hear. What would you like to do in the future?";

/** Sam, 15, at the open dream. */
async function atTheDream(): Promise<Transcript> {
  const chat = await throughWelcome({ name: 'Sam', age: '15' });
  await throughAboutMe(chat);
  return chat;
}

describe('how things are now, said where a hope was asked for, is good to hear and never a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['I am well. I go swimming', "I'm fine thanks", 'I go swimming every week with my dad', 'I work at a cafe'])('"%s" at the dream gets a kind follow-up', async (said) => {
    chat = await atTheDream();
    const replies = await chat.say(said);
    expect(saidIn(replies)).toContain(FOLLOW_UP);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
    await chat.say('I want to be a lifeguard');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to be a lifeguard']);
  });

  it('said at "another hope?", the hope is asked for again', async () => {
    chat = await atTheDream();
    await chat.say('I want to be a vet');
    const replies = await chat.say('I am well. I go swimming');
    expect(saidIn(replies)).toContain(FOLLOW_UP);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to be a vet']);
  });

  it('said at a part of life, the same part is asked about again', async () => {
    chat = await atTheDream();
    await chat.say('I want to be a vet');
    await chat.say('no');
    expect(chat.step).toBe(Step.hopesTheme);
    const topic = chat.lastQuestion?.topic;
    expect(topic).toBeTruthy();
    const replies = await chat.say('I go swimming');
    expect(saidIn(replies)).toContain(FOLLOW_UP);
    expect([chat.step, chat.lastQuestion?.topic]).toEqual([Step.hopesTheme, topic]);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to be a vet']);
  });

  it('a need said beside it is kept as a need, and the hope is asked for again', async () => {
    chat = await atTheDream();
    await chat.say('I want to be a vet');
    const replies = await chat.say('I am well. I go swimming. I find reading hard');
    expect(saidIn(replies)).toContain("I've kept it with the hard things, not as a hope");
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['I want to be a vet']);
    expect(draft?.needs.map((n) => n.text)).toEqual(['I find reading hard']);
  });

  it('said twice, the chat moves on and keeps no hope', async () => {
    chat = await atTheDream();
    await chat.say('I am well');
    await chat.say('I go swimming');
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each(['I go swimming and want to swim for my county', 'I like swimming', 'to go swimming', 'I go to college but I want to go to uni', 'I am good at drawing'])(
    'leave alone: "%s" is still kept as a hope',
    async (said) => {
      chat = await atTheDream();
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toContain(FOLLOW_UP);
      expect((await chat.draft())?.aspirations.length).toBeGreaterThan(0);
    },
  );
});

describe('a wish said in simple English is not how things are now', () => {
  it('reads "he play with other children" (no -s) as a hope, "he plays" as a fact', () => {
    expect(saysHowThingsAreNow('yes he play with other children')).toBe(false);
    expect(saysHowThingsAreNow('she go to nursery by herself')).toBe(false);
    expect(saysHowThingsAreNow('he plays with other children')).toBe(true);
  });
});
