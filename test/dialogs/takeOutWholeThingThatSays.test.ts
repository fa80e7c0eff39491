import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * At the read-back a grandad asks: "take out the whole thing that says And one day when she is grown
 * up, it is not a difficulty it was a hope". The quoted words name a hard thing; "it was a hope" is
 * why it is wrong, never the hope to take out. The hope and everything with it stay.
 */

const HOPES: SeedHope[] = [
  { text: 'Lily wants to join Brownies', theme: 'friends_and_community', needs: ['And one day when she is grown up, I should like her to have a little job', 'she gets very tired walking'] },
  { text: 'learn to swim', theme: 'health_and_wellbeing', needs: [] },
];

describe('"take out the whole thing that says ..., it was a hope" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'take out the whole thing that says And one day when she is grown up, it is not a difficulty it was a hope',
    'please remove the bit that says and one day when she is grown up, its a hope not a difficulty',
  ])('%j acts on that hard thing, never on a hope', async (typed) => {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 7, schoolYear: 2 }, HOPES, { at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/And one day when she is grown up/i);
    expect(saidIn(replies)).not.toMatch(/Brownies|couldn't tell which part/);
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['Lily wants to join Brownies', 'learn to swim']);
  });
});
