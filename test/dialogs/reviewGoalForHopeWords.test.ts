import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';
import type { Seed } from './journeySeed';

/*
 * Jaz, 17, at the review. The hope "have my own car" has no goal yet. Words typed that share its
 * key word ("have 500 quid saved for a car") are asked about as a goal for that hope first, never
 * offered straight away as a new hope.
 */
const JAZ: Seed = {
  today: '2026-12-07',
  name: 'Jaz',
  age: 17,
  schoolYear: 12,
  hopes: [
    { text: 'be a mechanic', theme: 'learning_and_work', needs: ['the written bits'] },
    { text: 'have my own car', theme: 'independent_living', needs: ['i have no money'] },
  ],
  change: (d) => confirmedOutcome(d, 0, 'fix a car on my own at college', { timeframe: { phrase: 'by july', date: '2027-07-31' } }).draft,
  at: atReviewSummary,
};

describe('words at the review that fit a hope with no goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['have 500 quid saved for a car', 'save up for my car', 'pass my driving test so i can drive my car'])('"%s" is asked about as a goal for "have my own car"', async (typed) => {
    ({ chat } = await startWith(JAZ));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/goal for your hope "have my own car"/);
    expect(said).not.toMatch(/Add this hope/);
  });

  it('yes runs the goal questions for that hope, with the words as the goal', async () => {
    ({ chat } = await startWith(JAZ));
    await chat.say('have 500 quid saved for a car');
    await chat.say('yes');
    expect(chat.step).toMatch(/^outcome\./);
    const draft = (await chat.draft())!;
    const car = draft.aspirations[1]!;
    expect(draft.outcomes.find((o) => o.aspirationId === car.id)?.statement).toMatch(/500 quid/);
    expect(draft.aspirations).toHaveLength(2);
  });

  it('no offers the words as a new hope instead', async () => {
    ({ chat } = await startWith(JAZ));
    await chat.say('have 500 quid saved for a car');
    const said = saidIn(await chat.say('no'));
    expect(said).toMatch(/Add this hope/);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('words that share no key word with a hope are still offered as a new hope', async () => {
    ({ chat } = await startWith(JAZ));
    const said = saidIn(await chat.say('learn to play the drums in a band'));
    expect(said).toMatch(/Add this hope/);
  });
});
