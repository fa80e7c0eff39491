import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { startWith, type Seed } from './journeySeed';

/*
 * Chloe (24, easy read) at "one more goal?" names the hope she wants next in a few words: "yes the
 * flat one", "i want one for my flat", "swimming one". The hope whose words she names is the one asked
 * about next, never the first hope or the one just done.
 */
function cafeDone(draft: Draft): Draft {
  const cafe = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'In a year, I will have a real job in a cafe.', aspirationId: cafe.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'in a year', date: '2027-12-07' }, measure: 'i have an apron with my name on', confirmed: true });
}
const CHLOE: Seed = {
  today: '2026-12-07',
  name: 'Chloe',
  age: 24,
  hopes: [
    { text: 'work in a cafe making coffee and cakes', theme: 'learning_and_work', needs: ['the till is hard'] },
    { text: 'do my own money one day', theme: 'independent_living', needs: ['i dont know how much things cost'] },
    { text: 'go swimming with jess', theme: 'health_and_wellbeing', needs: ['i need money for the pool'] },
    { text: 'have my own flat one day', theme: 'independent_living', needs: ['i cant cook yet'] },
  ],
  change: cafeDone,
  at: atOutcome(Step.outcomeAnother),
};

describe('a hope named at "one more goal?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['yes the flat one', 3],
    ['i want one for my flat', 3],
    ['swimming one', 2],
    ['yes one for the money', 1],
  ])('%j asks for a goal for that hope', async (typed, hope) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(CHLOE));
    await chat.say('easy read');
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[hope]!.id);
  });
});

