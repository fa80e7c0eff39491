import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/*
 * At "Would you like to add another outcome?", a mum asks to go back to an outcome already made:
 * "But can I go back and change the first outcome, the science one? Its how everyone will know has
 * my question in it", "Yes, but first you never let me fix the how everyone will know part". The bot
 * opens that outcome's part for new words. None of it is ever kept as a new outcome.
 */
function tiaOutcomes(draft: Draft): Draft {
  const science = confirmedOutcome(draft, 0, 'By the end of Year 5, I will do the science experiments myself, at a table I can reach.', {
    timeframe: { phrase: 'by the end of Year 5', date: '2027-07-23' },
    measure: 'her teacher will see her do it, is that what you mean?',
  });
  return confirmedOutcome(science.draft, 1, 'By the end of Year 5, I will play with a friend at break.', {
    timeframe: { phrase: 'by the end of Year 5', date: '2027-07-23' },
    measure: 'the lunch staff will see her play',
  }).draft;
}

const TIA: Seed = parentSeed(
  { name: 'Tia', age: 9, schoolYear: 5 },
  [
    { text: 'Tia wants to be a scientist', theme: 'learning_and_work', needs: ['she cannot reach the benches'] },
    { text: 'Tia wants a best friend', theme: 'friends_and_community', needs: ['she finds it hard to join in'] },
    { text: 'Tia wants to ride her bike', theme: 'independent_living', needs: [] },
  ],
  { change: tiaOutcomes, at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[1]!.id }) },
);

describe('going back to an outcome already made, at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['But can I go back and change the first outcome, the science one? Its how everyone will know has my question in it', 0],
    ['Yes, but first you never let me fix the how everyone will know part', 1],
  ])('%j opens how everyone will know of that outcome', async (typed, which) => {
    ({ chat } = await startWith(TIA));
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/What should "how everyone will know" say/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(2);
    expect(JSON.stringify(draft.outcomes)).not.toMatch(/go back|never let me|my question in it/i);
    await chat.say('her teacher will see her do 3 experiments on her own');
    const measure = (await chat.draft())!.outcomes[which]!.measure;
    expect(measure).toMatch(/3 experiments on her own/);
  });
});
