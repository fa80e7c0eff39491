import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/** A don't-know or a "nobody" at "What do people like and admire about you?" is never kept, never "lovely". */
describe('"dunno nobody admires me lol" at the strengths question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('gets a kind word and the question in concrete words, and keeps nothing', async () => {
    chat = await throughWelcome({ name: 'Lewis', age: 'Year 9' });
    const said = saidIn(await chat.say('dunno nobody admires me lol'));
    expect(said).not.toMatch(/lovely/i);
    expect(said).toMatch(/What do your friends ask you to help with\?/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('moves on keeping nothing when he still does not know', async () => {
    chat = await throughWelcome({ name: 'Lewis', age: 'Year 9' });
    await chat.say('dunno nobody admires me lol');
    const said = saidIn(await chat.say('dunno'));
    expect(said).not.toMatch(/lovely/i);
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('keeps what he is good at once he thinks of it', async () => {
    chat = await throughWelcome({ name: 'Lewis', age: 'Year 9' });
    await chat.say('dunno nobody admires me lol');
    await chat.say('fixing bikes i guess');
    expect((await chat.draft())?.aboutMe.strengths.join(' ')).toMatch(/fixing bikes/);
  });

  it('"nobody admires me" on its own is not kept as a strength', async () => {
    chat = await throughWelcome({ name: 'Lewis', age: 'Year 9' });
    const said = saidIn(await chat.say('nobody admires me'));
    expect(said).not.toMatch(/lovely/i);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('a literal "i don\'t know what other people think" is met the same way', async () => {
    chat = await throughWelcome({ name: 'Zara', age: '16' });
    const said = saidIn(await chat.say("i don't know what other people think. you would have to ask them."));
    expect(said).not.toMatch(/lovely/i);
    expect(said).toMatch(/What do your friends ask you to help with\?/);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });
});
