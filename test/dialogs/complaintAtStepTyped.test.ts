import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { finishOutcome } from './outcomeSeed';

/*
 * Ollie, 15, has kept his first step and is asked for the next one. "That's wrong. I haven't said
 * my second step yet" is a complaint about the chat, never a step: the bot says sorry and asks again.
 */

const SEED: Seed = {
  today: '2026-12-03',
  name: 'Ollie',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'go to the park with my mates', theme: 'friends_and_community', needs: ['i get worried going out'] },
    { text: 'work with animals', theme: 'learning_and_work', needs: ['i find reading hard'] },
  ],
};

describe('a complaint at the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    "That's wrong. I haven't said my second step yet",
    'no thats wrong. i havent given you my next step yet',
    "that's not right, I didn't tell you a step for this one yet",
  ])('%j after the first step is kept is never a step: sorry, and the step asked for', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say('go to the park with my mates on saturdays');
    await finishOutcome(chat);
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeStep);
    const before = (await chat.draft())!.outcomes.map((o) => o.statement);
    expect(before).toHaveLength(1);
    const replies = await chat.say(typed);
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(before);
    expect(saidIn(replies)).toMatch(/^Sorry/);
    expect(saidIn(replies)).not.toMatch(/kept "/);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
