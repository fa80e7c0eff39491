import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * At the read-back of the plan: the part named with new words changes that part ("the sentence.
 * it should say ..."), and asking for another outcome ("i want an outcome for lunchtimes") goes
 * to adding one.
 */

function withGoal(d: Draft): Draft {
  const bus = startOutcome(d, { statement: 'I will get the bus to school with a friend', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] });
  return updateOutcome(bus.draft, bus.outcome.id, { timeframe: { phrase: 'by the end of year 7', date: '2028-07-21' }, measure: 'my mum will see me get on' });
}

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Kai',
  age: 11,
  schoolYear: 6,
  hopes: [
    { text: 'to go to secondary on the bus', theme: 'independent_living', needs: ['i get scared on the bus'] },
    { text: 'to have more friends', theme: 'friends_and_community', needs: ['i am shy'] },
  ],
  change: withGoal,
  at: () => ({ stage: 'review', step: Step.reviewSummary }),
};

describe('at the read-back of the plan', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['the sentence. it should say i will catch the bus on my own', 'change the sentence. it should say i will catch the bus on my own', 'the sentence - make it say i will catch the bus on my own'])('"%s" with one goal changes the sentence, never the measure', async (typed) => {
    ({ chat } = await startWith(SEED));
    expect(saidIn(await chat.say(typed))).toMatch(/to "i will catch the bus on my own"\?/i);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/I will catch the bus on my own\.?$/i);
    expect(outcome.measure).toBe('my mum will see me get on');
  }, 40000);

  it.each(['i want an outcome for lunchtimes', 'can we add another goal about my friends', 'can i add another outcome', 'i want to make another goal'])('"%s" goes to adding an outcome', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.reviewSummary);
  }, 40000);
});
