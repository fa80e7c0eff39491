import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/* Dev rewords a goal at the review: "i will count my change in a shop". Its time stays, as the same whole sentence. */

const DEV: Seed = {
  today: '2026-12-03',
  name: 'Dev',
  age: 16,
  schoolYear: 11,
  hopes: [{ text: 'job in kichen', theme: 'learning_and_work', needs: ['money. counting change'] }],
  change: (draft) => withConfirmedOutcomes(draft, () => ({ statement: 'By summer (July 2027), I will count change in shop.', timeframe: { phrase: 'by summer', date: '2027-07-22' }, measure: 'i buy my lunch and check change' })),
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

describe('an outcome reworded at the review keeps its time', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i will count my change in a shop" becomes "By summer (July 2027), I will count my change in a shop."', async () => {
    ({ chat } = await startWith(DEV));
    const asked = saidIn(await chat.say('change the goal'));
    expect(asked).toMatch(/count change in shop/);
    await chat.say('i will count my change in a shop');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By summer (July 2027), I will count my change in a shop.');
    expect(outcome.timeframe?.date).toBe('2027-07-22');
  });

  it('new words with a time of their own bring that time, in a sentence built from their words', async () => {
    ({ chat } = await startWith(DEV));
    await chat.say('change the goal');
    await chat.say('i will count my change in a shop by easter');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/^By Easter\b.*, I will count my change in a shop\.$/);
    expect(outcome.timeframe?.phrase).toBe('by easter');
  });
});
