import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * "change the bus one" when a hope ("get the bus to college") and its goal ("I will take the bus to
 * college on my own") both say "bus": which one is asked, with both as buttons, and the answer can be typed.
 */

const SEED = samAtReview(11, [
  { text: 'get the bus to college', theme: 'independent_living', needs: ['I get lost on buses'] },
  { text: 'work in a kitchen', theme: 'learning_and_work', needs: ['noise makes me upset'] },
], (draft) => withConfirmedOutcomes(draft, (i) => ({
  statement: ['By July 2027, I will take the bus to college on my own.', 'By July 2027, I will help in the college kitchen once a week.'][i]!,
  timeframe: { phrase: 'by july', date: '2027-07-22' },
  measure: 'my mum sees it',
})));

describe('"change the bus one" when a hope and a goal both fit', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asks which one, with the hope and the goal as the two buttons', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the bus one');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!;
    expect(asked.activity.text).not.toMatch(/Now it says/);
    expect(asked.choices).toHaveLength(2);
    expect(asked.choices[0]).toContain('get the bus to college');
    expect(asked.choices[1]).toContain('I will take the bus to college on my own');
  });

  it('"the hope" typed picks the hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the bus one');
    await chat.say('the hope');
    expect(chat.lastQuestion!.activity.text).toContain('Now it says: "get the bus to college"');
  });

  it('"the goal one" typed picks the goal, and new words change only the goal', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the bus one');
    await chat.say('the goal one');
    expect(chat.lastQuestion!.activity.text).toContain('I will take the bus to college');
    await chat.say('By July 2027, I will take the bus to college with a friend.');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations[0]!.text).toBe('get the bus to college');
    expect(draft.outcomes[0]!.statement).toMatch(/with a friend/);
  });

  it('"the kitchen one", which only the goal says, still goes straight to the goal', async () => {
    ({ chat } = await startWith({ ...SEED, hopes: [SEED.hopes[0]!, { ...SEED.hopes[1]!, text: 'get a job' }] }));
    await chat.say('change the kitchen one');
    expect(chat.lastQuestion!.activity.text).toContain('Now it says');
    expect(chat.lastQuestion!.activity.text).toContain('college kitchen');
  });
});
