import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* A dad typed "yes he is" at the hopes question and "he is" was kept as Theo's hope. An agreement with no hope in it is asked again kindly. */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});
const atDream = async () => (await startWith(parentSeed({ name: 'Theo', age: 8, schoolYear: 3 }, [], { at: () => ({ stage: 'hopes', step: 'hopes.dream' }) }))).chat;

describe('an agreement is no hope', () => {
  it.each(['yes he is', 'yes', 'yeah he does', 'he is lol', 'yes she is', 'ok'])('"%s" keeps no hope and asks again', async (typed) => {
    chat = await atDream();
    await chat.say(typed);
    expect((await chat.draft())!.aspirations).toEqual([]);
    expect(chat.step).toBe('hopes.dream');
  });

  it.each([['he is going to be a chef', 'he is going to be a chef'], ['yes he can ride a bike one day', 'ride a bike']])('near miss "%s" is a hope', async (typed, words) => {
    chat = await atDream();
    await chat.say(typed);
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toContain(words.split(' ').at(-1)!);
  });
});
