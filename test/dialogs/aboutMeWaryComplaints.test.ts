import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/** Lewis (14) pushes back on what the bot said and kept at the "about me" questions. */
describe('a wary teenager questioning what the bot kept about him', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atImportant = async () => {
    chat = await throughWelcome({ name: 'Lewis', age: 'Year 9' });
    await chat.say('fixing bikes i guess');
    expect(chat.step).toBe(Step.aboutMeImportant);
  };

  it('"lovely?? i said nobody admires me" is a complaint: sorry, asked again, nothing kept', async () => {
    await atImportant();
    const said = saidIn(await chat.say('lovely?? i said nobody admires me'));
    expect(said).toMatch(/sorry/i);
    expect(said).toMatch(/What is important to you\?/);
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.important).toEqual([]);
  });

  it('"lovely?? i said i hate myself" gets the sorry and then a gentle "Are you OK?"', async () => {
    await atImportant();
    const said = saidIn(await chat.say('lovely?? i said i hate myself'));
    expect(said).toMatch(/sorry/i);
    expect(said).toMatch(/Are you OK\?/);
    expect(said.search(/sorry/i)).toBeLessThan(said.search(/Are you OK\?/));
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('"kept what?? wat did u keep" quotes what was kept last and asks the question again', async () => {
    await atImportant();
    const said = saidIn(await chat.say('kept what?? wat did u keep'));
    expect(said).not.toMatch(/any hopes/i);
    expect(said).toMatch(/"fixing bikes/);
    expect((await chat.draft())?.aboutMe.important).toEqual([]);
    const then = saidIn(await chat.say('nah leave it'));
    expect(then).toMatch(/What is important to you\?/);
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths.join(' ')).toMatch(/fixing bikes/);
  });

  it('"go back. wat did u put for the important one" shows what was kept there and asks if it is right', async () => {
    await atImportant();
    await chat.say('my dog tyson');
    const said = saidIn(await chat.say('go back. wat did u put for the important one'));
    expect(said).toMatch(/"my dog tyson"/i);
    expect(said).toMatch(/take out/i);
    expect((await chat.draft())?.aboutMe.important.join(' ')).toMatch(/^my dog tyson$/i);
    await chat.say('no');
    expect((await chat.draft())?.aboutMe.important.join(' ')).toMatch(/^my dog tyson$/i);
    expect(chat.step).toBe(Step.aboutMeSupport);
  });

  it('"wtf. thats not an answer. delete it" takes out the answer just kept and asks again', async () => {
    await atImportant();
    await chat.say('my dog tyson');
    expect(chat.step).toBe(Step.aboutMeSupport);
    const said = saidIn(await chat.say('wtf. thats not an answer. delete it'));
    expect(said).not.toMatch(/wtf/);
    expect((await chat.draft())?.aboutMe.important).toEqual([]);
    expect((await chat.draft())?.aboutMe.support).toEqual([]);
    expect(chat.step).toBe(Step.aboutMeImportant);
  });
});
