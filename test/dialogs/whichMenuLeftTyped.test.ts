import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * Sam asks to change "the bus one" and two parts of the plan fit, so the bot asks which one he means.
 * "Neither", "none of them", "neither, go back": he leaves that question, nothing is changed, and he
 * is asked again what he would like to do.
 */

const SEED = samAtReview(10, [
  { text: 'get the bus to college on my own', theme: 'independent_living', needs: ['the bus is too loud'] },
  { text: 'be a games designer', theme: 'learning_and_work', needs: ['i find reading hard'] },
], (d) => d);

describe('leaving a "which one do you mean?" question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Neither', 'none of them', 'neither, go back'])('%j leaves the question, changes nothing, and asks again what they want', async (typed) => {
    ({ chat } = await startWith(SEED));
    const asked = await chat.say('change the bus one');
    expect(saidIn(asked)).toMatch(/Which one do you mean\?/);
    const before = await chat.draft();
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/Which one do you mean\?/);
    expect(saidIn(replies)).toMatch(/haven't changed anything/);
    expect(chat.step).toBe(Step.reviewSummary);
    const after = await chat.draft();
    expect(after!.aspirations).toEqual(before!.aspirations);
    expect(after!.needs).toEqual(before!.needs);
  });
});
