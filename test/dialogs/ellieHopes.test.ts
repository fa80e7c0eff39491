import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/*
 * Ellie (18, at college) put right what the bot wrote of her hopes: "no thats wrong the bus one is
 * seperate", "you wrote my hopes wrong... can you fix it", "X and Y is the same thing really".
 */

const SPLIT = 'pass my course and go onto level 2 and get the bus to college on my own';
const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('Ellie putting her hopes right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atHopes = async () => {
    chat = await throughWelcome({ name: 'Ellie', age: '18' });
    await typeUntil(chat, Step.hopesDream, { [Step.aboutMeStrengths]: 'im funny', [Step.aboutMeImportant]: 'my cat', [Step.aboutMeSupport]: 'give me time', [Step.aboutMeSafe]: 'yes' });
    await chat.say(SPLIT);
    expect(await hopes(chat)).toEqual(['pass my course', 'go onto level 2', 'get the bus to college on my own']);
  };

  it.each([
    'no thats wrong the bus one is seperate from college its about going into town',
    'hang on you wrote my hopes wrong the first one is two things can you fix it',
    'you got the bus one wrong',
  ])('"%s" is never a hope: the hopes are shown, which to change is asked, and the same question waits', async (said) => {
    await atHopes();
    const step = chat.step;
    const topic = chat.lastQuestion?.topic;
    const replies = await chat.say(said);
    expect(await hopes(chat)).toEqual(['pass my course', 'go onto level 2', 'get the bus to college on my own']);
    expect(saidIn(replies)).toMatch(/1: "pass my course"[\s\S]*3: "get the bus to college on my own"/);
    expect(saidIn(replies)).toMatch(/Which one should I change/);
    expect(chat.step).toBe(step);
    expect(chat.lastQuestion?.topic).toBe(topic);
    // Then the hope named by its number is changed, and the question skipped is still asked.
    await chat.say('change hope 3 to get the bus into town on my own');
    if (chat.step !== step) await chat.say('yes');
    expect((await hopes(chat))[2]).toBe('get the bus into town on my own');
    expect(chat.step).toBe(step);
    expect(chat.lastQuestion?.topic).toBe(topic);
  });

  it('"pass my course and go onto level 2 is the same thing really its all one hope" joins only those two', async () => {
    await atHopes();
    await chat.say('pass my course and go onto level 2 is the same thing really its all one hope');
    expect(await hopes(chat)).toEqual(['pass my course and go onto level 2', 'get the bus to college on my own']);
  });

  it('"its all one hope" with no part named still joins them all', async () => {
    await atHopes();
    await chat.say('its all one hope');
    expect(await hopes(chat)).toEqual([SPLIT]);
  });

  it('a hope about getting things wrong is kept as a hope', async () => {
    await atHopes();
    await chat.say('stop getting things wrong in my assignments');
    expect((await hopes(chat)).at(-1)).toBe('stop getting things wrong in my assignments');
  });
});
