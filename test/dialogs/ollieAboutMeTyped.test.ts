import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

/** Ollie (17) at the about-me questions, in his own words. */
describe('Ollie types his about-me answers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I don\'t know" with a reason at strengths is not sure: nothing kept, a kind reply', async () => {
    chat = await throughWelcome();
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const said = textOf(await chat.say("I don't know. People don't really tell me that."));
    expect(said).not.toMatch(/lovely to hear/i);
    expect(said).toMatch(/^That's OK/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths ?? []).toEqual([]);
  });

  it('a complaint beside what is important is not kept; only the answer is', async () => {
    chat = await throughWelcome();
    await chat.say('I remember loads of facts');
    expect(chat.step).toBe(Step.aboutMeImportant);
    const said = textOf(await chat.say('Why is that lovely to hear? I said I don\'t know. Anyway, trains are important to me, and timetables.'));
    expect((await chat.draft())?.aboutMe.important).toEqual(['trains are important to me, and timetables.']);
  });

  it('"yes, I feel safe" with anxiety explained is a yes: no flag, no help lines', async () => {
    chat = await throughWelcome();
    await chat.say('I make people laugh');
    await chat.say('My cat');
    await chat.say('Give me time to answer');
    expect(chat.step).toBe(Step.aboutMeSafe);
    const said = textOf(await chat.say('But yes, I feel safe. Crowded corridors make me anxious but that is not the same as unsafe.'));
    expect(said).not.toMatch(/0800 1111/);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });
});
