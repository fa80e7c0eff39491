import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saysNothingToSay } from '../../src/language/nothingToSay';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

/** "Nothing" or "dunno" where strengths are asked is met kindly with ideas, and never kept as a strength. */
describe('"dunno. nothing at school anyway" at the strengths question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('gets a kind word and ideas, keeps nothing, and the next answer is kept', async () => {
    chat = await throughWelcome({ name: 'Kai', age: 'Year 10' });
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const said = texts(await chat.say('dunno. nothing at school anyway'));
    expect(said).not.toMatch(/lovely to hear/i);
    expect(said).toMatch(/doesn't have to be about school/);
    expect(said).toMatch(/What do your friends ask you to help with\?/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
    await chat.say("i'm good at fixing bikes");
    expect((await chat.draft())?.aboutMe.strengths.join(' ')).toMatch(/fixing bikes/);
  });

  it('moves on kindly when nothing comes to mind a second time, still keeping nothing', async () => {
    chat = await throughWelcome({ name: 'Kai', age: 'Year 10' });
    await chat.say('dunno. nothing at school anyway');
    await chat.say('idk nothing really');
    expect(chat.step).not.toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('tells "nothing" from a strength said with it', () => {
    expect(saysNothingToSay('dunno. nothing at school anyway')).toBe(true);
    expect(saysNothingToSay('not much tbh')).toBe(true);
    expect(saysNothingToSay('nothing at school but im good at football')).toBe(false);
    expect(saysNothingToSay('i never give up')).toBe(false);
  });
});
