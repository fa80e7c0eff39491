import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Bea, 11, at the read-back of an outcome dated June: "can it be october half term in year 7 like
 * the other one" is a new date (the other outcome's), never new words; the goal's words stay.
 */

function withOutcomes(draft: Draft): Draft {
  const [vet, friends] = draft.aspirations;
  const a = startOutcome(draft, { statement: 'By October half term in Year 7, I will find my way to my lessons.', aspirationId: vet!.id, needIds: [] });
  const a2 = updateOutcome(a.draft, a.outcome.id, { timeframe: { phrase: 'by October half term in Year 7', date: '2027-10-22' }, measure: 'my teacher sees me', confirmed: true });
  const b = startOutcome(a2, { statement: 'By June 2027, I will read a short book about animals.', aspirationId: friends!.id, needIds: [] });
  return updateOutcome(b.draft, b.outcome.id, { timeframe: { phrase: 'by June 2027', date: '2027-06-30' }, measure: 'my mum hears me read', doesForMe: 'i feel clever', makesPossible: 'reading about vets' });
}

const SEED: Seed = {
  today: '2026-12-02', who: 'self', name: 'Bea', age: 11, schoolYear: 6,
  hopes: [
    { text: 'to get around my new school', theme: 'independent_living', needs: ['i get lost'] },
    { text: 'to be a vet', theme: 'learning_and_work', needs: ['reading is hard'] },
  ],
  change: withOutcomes,
  at: atOutcome(Step.outcomeConfirm, { hope: 1, outcome: 1 }),
};

describe('Bea asks for the date of "the other one" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'wait june?? … can it be october half term in year 7 like the other one',
    'can it be the same date as the other one',
    'make it the same time as the other goal pls',
    'can it be october half term in year 7 same as the first one',
  ])('"%s" changes only the date', async (typed) => {
    ({ chat } = await startWith(SEED));
    const reply = saidIn(await chat.say(typed));
    expect(reply).not.toMatch(/I will like/);
    const outcome = (await chat.draft())!.outcomes[1]!;
    expect(outcome.statement).toMatch(/I will read a short book about animals/);
    expect(outcome.statement).not.toMatch(/like|other one|June/i);
    expect(outcome.timeframe?.date).toMatch(/^2027-10/);
    expect(reply).toMatch(/October half term in Year 7/i);
  });

  it('"I will read a chapter book like the other one" is new words, never a new date', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('I will read a chapter book like the other one');
    const outcome = (await chat.draft())!.outcomes[1]!;
    expect(outcome.timeframe?.date).toBe('2027-06-30');
  });
});
