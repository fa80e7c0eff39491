import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A 12-year-old learning English asks what a word of the question means: "what is 'works well'?",
 * "what mean 'step'?". The word itself is explained in one short sentence with an example, and
 * the question is asked again; nothing is kept.
 */

const OSKAR = { name: 'Oskar', age: '12' } as const;
const FOOTBALL: SeedHope = { text: 'be a footballer', theme: 'learning_and_work', needs: ['i get tired fast when i run'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a word of the question asked about', () => {
  it('"what is \'works well\'?" at "What works well for you?" explains the words', async () => {
    chat = await typedTo(Step.aboutMeSupport, OSKAR);
    const replies = saidIn(await chat.say("what is 'works well'?"));
    expect(replies).toMatch(/"Works well" means/);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())!.aboutMe.support).toEqual([]);
  });

  it('"what mean \'step\'?" at the step question explains a step', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 12, schoolYear: 7, name: 'Oskar', hopes: [FOOTBALL] }));
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = saidIn(await chat.say("what mean 'step'?"));
    expect(replies).toMatch(/a step means one thing you will do/);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
