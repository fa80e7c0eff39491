import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Kieran, 13, easy read, typed "be a footballer. play for villa. or a mechanic if not" and the bot kept
 * "play for villa. or a mechanic if not" as one hope. A job after "or" (with "if not", "if i cant",
 * "instead") is a second hope; what a footballer does ("play for villa") stays with being one.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});
const atDream = async () =>
  (await startWith({ today: '2026-12-02', name: 'Kieran', age: 13, schoolYear: 8, hopes: [], journey: { mode: 'easy_read' }, at: () => ({ stage: 'hopes', step: 'hopes.dream' }) })).chat;
const hopesAfter = async (typed: string) => {
  chat = await atDream();
  await chat.say(typed);
  return (await chat.draft())!.aspirations.map((a) => a.text);
};

describe('a job after "or ... if not" is a second hope', () => {
  it.each([
    ['be a footballer. play for villa. or a mechanic if not', ['be a footballer, play for villa', 'be a mechanic']],
    ['be a vet or a dog groomer if i cant', ['be a vet', 'be a dog groomer']],
    ['nurse or maybe care work', ['nurse', 'care work']],
    ['youtuber. or a gamer if that dont work', ['youtuber', 'a gamer']],
    ['be a builder. or a vet instead', ['be a builder', 'be a vet']],
    ['i wanna be a hairdresser or a barber if it dont work out', ['i wanna be a hairdresser', 'be a barber']],
  ])('"%s" keeps %j', async (typed, kept) => {
    expect(await hopesAfter(typed)).toEqual(kept);
  });

  it.each([
    ['live on my own or with friends if not', ['live on my own or with friends if not']],
    ['be a footballer, go to college', ['be a footballer', 'go to college']],
  ])('near miss "%s" stays as before: %j', async (typed, kept) => {
    expect(await hopesAfter(typed)).toEqual(kept);
  });
});
